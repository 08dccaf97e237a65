import { InvalidArgumentError } from 'commander';
import { parseQueueUrl, QueueUrlError, type QueueUrl } from '../queue/queue-url.js';
import type { Lang } from './i18n.js';
import { queueText } from './queue-text.js';

/** The parser of `--queue redis://host:port[/db]` with its message in `lang`; throws InvalidArgumentError. */
export function queueUrlParser(lang: Lang): (value: string) => QueueUrl {
  return (value) => {
    try {
      return parseQueueUrl(value);
    } catch (err) {
      if (err instanceof QueueUrlError) throw new InvalidArgumentError(queueText(lang).errors.badUrl(err.reason));
      throw err;
    }
  };
}
