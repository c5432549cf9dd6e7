/**
 * `npm run demo`: try the real bot without Telegram. One process runs the embedded database
 * (or PostgreSQL), the local Telegram Bot API emulator, the real bot in polling mode, and a
 * web chat on http://localhost:PORT where you choose who you are and talk to the bot.
 * Nothing leaves 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { loadReferenceData } from '../db/seed/reference-data.js';
import { seedReferenceData } from '../db/seed/seed.js';
import { loadLocales, orderLanguages } from '../locales/load.js';
import { startService, type Service } from '../service.js';
import { startEmulator, type Emulator } from './emulator/index.js';
import { DEMO_PERSONAS, demoSeedRefusal, seedDemoData } from './demo-data.js';
import { startWebChat, type DemoInfo, type PersonaInfo, type WebChat } from './webchat/server.js';

export interface DemoOptions {
  /** Web chat port: default Number(process.env.PORT ?? 3000); 0 = a random free port. */
  port?: number;
  /** Where the embedded database and the log live: default process.env.DATA_DIR ?? './data/demo'; null = in memory, no log file. */
  dataDir?: string | null;
  /** No logs at all. */
  quiet?: boolean;
  /** PostgreSQL instead of the embedded database: default process.env.DATABASE_URL. */
  databaseUrl?: string;
  /** Confirms that `databaseUrl` is not a production database: default DEMO_SEED_CONFIRM=1 in the environment. */
  confirmNotProduction?: boolean;
}

export interface Demo {
  /** The web chat, e.g. http://127.0.0.1:3000 */
  url: string;
  emulator: Emulator;
  stop(): Promise<void>;
}

/** The demo bot: its id is fixed so the page and the logs read the same on every run. */
const DEMO_BOT = { id: 7_990_000_001, username: 'DigiPassUmbriaBot', firstName: 'DigiPASS Umbria' };
const CHANNEL_TITLE = 'DigiPASS Umbria (demo)';

/** The name before the demo marker, e.g. "Fabio" from "Fabio (facilitatore demo)". */
function shortName(firstName: string): string {
  return firstName.split(/[\s(]/)[0] ?? firstName;
}

function personaInfo(reference: ReturnType<typeof loadReferenceData>): PersonaInfo[] {
  const f = DEMO_PERSONAS.facilitator;
  const c = DEMO_PERSONAS.coordinator;
  const a = DEMO_PERSONAS.admin;
  const point = reference.points.find((p) => p.slug === f.pointSlug)?.name ?? 'DigiPASS Foligno';
  const zone = reference.zones.find((z) => z.number === c.zoneNumber);
  const zoneName = zone ? ` (${zone.name})` : '';
  return [
    {
      key: 'facilitator',
      role: 'facilitator',
      id: f.telegramId,
      firstName: f.firstName,
      languageCode: 'it',
      label: { it: `${shortName(f.firstName)}, facilitatore di ${point}`, en: `${shortName(f.firstName)}, facilitator at ${point}` },
      description: {
        it: `Lavora nel punto ${point}: vede la squadra del suo punto (/team).`,
        en: `Works at ${point}: sees the team of the point (/team).`,
      },
    },
    {
      key: 'coordinator',
      role: 'coordinator',
      id: c.telegramId,
      firstName: c.firstName,
      languageCode: 'it',
      label: { it: `${shortName(c.firstName)}, coordinatrice zona ${c.zoneNumber}`, en: `${shortName(c.firstName)}, coordinator of zone ${c.zoneNumber}` },
      description: {
        it: `Coordina i punti della zona sociale ${c.zoneNumber}${zoneName}: squadra e inviti (/team, /invite).`,
        en: `Coordinates the points of social zone ${c.zoneNumber}${zoneName}: team and invitations (/team, /invite).`,
      },
    },
    {
      key: 'admin',
      role: 'admin',
      id: a.telegramId,
      firstName: a.firstName,
      languageCode: 'it',
      label: { it: `${shortName(a.firstName)}, amministratrice regionale`, en: `${shortName(a.firstName)}, regional administrator` },
      description: {
        it: 'Regione Umbria: vede tutta la rete e invita i coordinatori (/team, /invite).',
        en: 'Regione Umbria: sees the whole network and invites coordinators (/team, /invite).',
      },
    },
  ];
}

/** Logs go to a file in the data folder, to stderr (warnings only) when in memory, or nowhere. */
function demoLogger(opts: { quiet: boolean; dataDir: string | null; token: string }): { logger: Logger; logFile: string | undefined } {
  const secrets = [opts.token];
  if (opts.quiet) return { logger: createLogger({ level: 'silent', secrets }), logFile: undefined };
  if (opts.dataDir === null) return { logger: createLogger({ level: 'warn', secrets }, pino.destination(2)), logFile: undefined };
  const logFile = path.join(opts.dataDir, 'demo.log');
  const level = process.env.LOG_LEVEL ?? 'info';
  return { logger: createLogger({ level, secrets }, pino.destination({ dest: logFile, mkdir: true, sync: true })), logFile };
}

/**
 * Starts the whole demo: database (migrated, reference and demo data seeded), the emulator
 * with Telegram's flood limits, the bot's channel and the demo people, the real bot in
 * polling mode, and the web chat. `stop()` undoes it all in reverse order.
 */
export async function startDemo(opts: DemoOptions = {}): Promise<Demo> {
  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  const dataDir = opts.dataDir === undefined ? (process.env.DATA_DIR ?? './data/demo') : opts.dataDir;
  const databaseUrl = opts.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl) {
    const refusal = demoSeedRefusal(
      { kind: 'postgres', url: databaseUrl },
      { argv: process.argv, env: opts.confirmNotProduction ? { DEMO_SEED_CONFIRM: '1' } : process.env },
    );
    if (refusal) throw new Error(refusal);
  }
  // A fresh secret each run: the token exists only inside this process.
  const token = `${DEMO_BOT.id}:DEMO${randomBytes(24).toString('base64url')}`;
  const { logger, logFile } = demoLogger({ quiet: opts.quiet === true, dataDir, token });

  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const step of cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        logger.warn({ err }, 'demo: a stop step failed');
      }
    }
    logger.flush?.();
  };

  try {
    const database: DatabaseHandle = await openDatabase(
      databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir: dataDir === null ? undefined : path.join(dataDir, 'pglite') },
    );
    cleanup.push(() => database.close());
    await database.migrate();
    const reference = loadReferenceData();
    const seeded = await seedReferenceData(database.db, reference);
    const demoSeeded = await seedDemoData(database.db);
    logger.info({ driver: database.driver, ...seeded, ...demoSeeded }, 'demo: database ready');

    // Telegram's own flood limits (no scaling): the demo behaves as the real thing would.
    const emulator = await startEmulator({});
    cleanup.push(() => emulator.close());
    const botInfo = emulator.registerBot({ token, username: DEMO_BOT.username, firstName: DEMO_BOT.firstName });
    const channel = emulator.addChannel({ title: CHANNEL_TITLE, adminBotTokens: [token] });
    const personas = personaInfo(reference);
    for (const p of personas) emulator.addUser({ id: p.id, firstName: p.firstName, languageCode: p.languageCode });

    const config = createConfig({
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      BOT_MODE: 'polling',
      HOST: '127.0.0.1',
      PORT: '0',
      CHANNEL_ID: String(channel.id),
      ADMIN_TELEGRAM_IDS: String(DEMO_PERSONAS.admin.telegramId),
      LOG_LEVEL: opts.quiet ? 'silent' : (process.env.LOG_LEVEL ?? 'info'),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : dataDir !== null ? { DATA_DIR: path.join(dataDir, 'pglite') } : {}),
    });
    const service: Service = await startService(config, logger, { database, botInfo });
    cleanup.push(() => service.stop());

    const locales = loadLocales();
    const info: DemoInfo = {
      bot: { id: botInfo.id, username: botInfo.username, firstName: botInfo.first_name },
      channel: { id: channel.id, title: CHANNEL_TITLE },
      personas,
      comuni: reference.comuni
        .map((c) => ({ name: c.name, province: c.province, lat: c.lat, lon: c.lon }))
        .sort((a, b) => a.name.localeCompare(b.name, 'it')),
      languages: orderLanguages(locales.locales).map((code) => ({ code, name: locales.translator(code)('language-name') })),
    };
    const web: WebChat = await startWebChat({ host: '127.0.0.1', port, emulator, botToken: token, info });
    cleanup.push(() => web.close());
    logger.info({ url: web.url, logFile }, 'demo: web chat ready');

    let stopping: Promise<void> | undefined;
    return {
      url: web.url,
      emulator,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** True when this file is the program being run (`npm run demo`), not an import. */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const self = fileURLToPath(import.meta.url);
  const resolved = path.resolve(entry);
  return resolved === self || resolved === self.replace(/\.ts$/, '');
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  let demo: Demo;
  try {
    demo = await startDemo({});
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `La porta ${port} è già in uso. Prova: PORT=${port + 1} npm run demo\n` +
          `Port ${port} is already in use. Try: PORT=${port + 1} npm run demo\n`,
      );
    } else {
      process.stderr.write(`La demo non è partita / The demo could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exit(1);
  }
  const bound = new URL(demo.url).port;
  const address = `http://localhost:${bound}`;
  const dataDir = process.env.DATA_DIR ?? './data/demo';
  const where = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : dataDir;
  process.stdout.write(
    [
      '',
      '  DigiPASS Bot — demo (nessun dato reale / no real data)',
      '',
      `  🇮🇹  Apri nel browser:  ${address}`,
      `  🇬🇧  Open in your browser: ${address}`,
      '',
      `  Dati e log / data and log: ${where}`,
      '  Per fermare premi Ctrl-C. / Press Ctrl-C to stop.',
      '',
    ].join('\n') + '\n',
  );
  let signalled = false;
  const stop = (): void => {
    if (signalled) return;
    signalled = true;
    process.stdout.write('\n  Chiudo la demo… / Stopping the demo…\n');
    demo
      .stop()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isMain()) void main();
