import { describe, expect, it } from 'vitest';
import { parseQueueUrl, QueueUrlError, type QueueUrl } from '../../src/queue/queue-url.js';

describe('parseQueueUrl', () => {
  it.each<[string, Partial<QueueUrl>]>([
    ['redis://localhost', { host: 'localhost', port: 6379, db: 0, tls: false, shown: 'redis://localhost:6379' }],
    ['redis://127.0.0.1:6390/2', { host: '127.0.0.1', port: 6390, db: 2, shown: 'redis://127.0.0.1:6390/2' }],
    ['rediss://worker:s%40cret@queue.example:6380', { host: 'queue.example', port: 6380, tls: true, username: 'worker', password: 's@cret', shown: 'rediss://worker:***@queue.example:6380' }],
    ['redis://:pw@h:1/0', { host: 'h', port: 1, password: 'pw', shown: 'redis://:***@h:1' }],
    ['redis://[::1]:6379', { host: '::1', port: 6379, shown: 'redis://[::1]:6379' }],
  ])('reads %s', (value, expected) => {
    expect(parseQueueUrl(value)).toMatchObject(expected);
  });

  it('never shows the password', () => {
    expect(parseQueueUrl('redis://u:hunter2@h').shown).not.toContain('hunter2');
  });

  it.each<[string, QueueUrlError['reason']]>([
    ['http://h:6379', 'protocol'],
    ['localhost:6379', 'protocol'],
    ['127.0.0.1:6379', 'syntax'],
    ['redis://h:70000', 'syntax'],
    ['redis://h:0', 'port'],
    ['redis://h/x', 'db'],
    ['redis://h/1/2', 'db'],
    ['redis://h?db=1', 'syntax'],
    ['', 'syntax'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(() => parseQueueUrl(value)).toThrow(expect.objectContaining({ name: 'QueueUrlError', reason }));
  });
});
