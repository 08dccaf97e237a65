/**
 * A real Redis for the queue tests: `redis-server` (the Debian package) on a free port, without
 * persistence, in a temporary folder; stopped and the folder removed after. A machine without
 * redis-server fails the tests that need it, with a message naming the package, never skips them.
 * The queue benchmark starts its Redis the same way, so the code lives beside it in bench/.
 */
export { freePort, redisServerBinary, startRedis, type RedisServer } from '../../bench/redis-server.js';
