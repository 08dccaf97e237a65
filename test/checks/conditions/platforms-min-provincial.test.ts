import condition from '../../../checks/conditions/platforms-min-provincial.js';
import { doc, fact, testCondition } from './rule-tester.js';

const min3 = { min: 3 };
const names = (n: number) => Array.from({ length: n }, (_, i) => `河南省测试${i + 1}工程技术研究中心`);
const goodDocs = [doc('proposal.docx', 'proposal'), doc('agreement.docx', 'agreement')];

testCondition(condition, {
  cases: [
    // boundaries
    { name: 'min − 1 (2 of 3)', facts: { provincialPlatforms: fact(names(2)) }, documents: goodDocs, options: min3, status: 'fail', messageId: 'tooFew', data: { count: 2, min: 3 } },
    { name: 'exactly min (3 of 3)', facts: { provincialPlatforms: fact(names(3)) }, documents: goodDocs, options: min3, status: 'pass', messageId: 'enough', data: { count: 3, min: 3, names: names(3) } },
    { name: 'min + 1 (4 of 3)', facts: { provincialPlatforms: fact(names(4)) }, documents: goodDocs, options: min3, status: 'pass', messageId: 'enough', data: { count: 4 } },
    { name: 'the minimum comes from the options', facts: { provincialPlatforms: fact(names(1)) }, documents: goodDocs, options: { min: 1 }, status: 'pass', messageId: 'enough', data: { count: 1, min: 1 } },

    // fail
    { name: 'no platforms named in well-read documents', facts: { provincialPlatforms: fact(null) }, documents: goodDocs, options: min3, status: 'fail', messageId: 'tooFew', data: { count: 0, namesNote: '' } },
    { name: 'platforms never extracted', documents: goodDocs, options: min3, status: 'fail', messageId: 'tooFew', data: { count: 0 } },
    { name: 'the same platform named twice counts once', facts: { provincialPlatforms: fact([...names(2), names(2)[0]]) }, documents: goodDocs, options: min3, status: 'fail', messageId: 'tooFew', data: { count: 2 } },

    // unknown
    { name: 'too few found and a document is partially readable', facts: { provincialPlatforms: fact(names(2)) }, documents: [doc('proposal.pdf', 'proposal', 'partial')], options: min3, status: 'unknown', messageId: 'unreadable', data: { count: 2, min: 3 } },
    { name: 'none found and a file errored', documents: [...goodDocs, doc('broken.pdf', 'unknown', 'error')], options: min3, status: 'unknown', messageId: 'unreadable', data: { count: 0 } },
    { name: 'enough found even though a document is unreadable', facts: { provincialPlatforms: fact(names(3)) }, documents: [doc('proposal.pdf', 'proposal', 'unreadable')], options: min3, status: 'pass', messageId: 'enough' },
    // markIncomplete marks the fact unreadable when a file (here an unclassified one) could not be used.
    { name: 'platforms fact unreadable although every document is good', facts: { provincialPlatforms: fact(null, { status: 'unreadable', file: 'unclassified.docx' }) }, documents: [...goodDocs, doc('unclassified.docx', 'unknown')], options: min3, status: 'unknown', messageId: 'unreadable' },
    { name: 'platforms read with low confidence (0.5)', facts: { provincialPlatforms: fact(names(3), { confidence: 0.5 }) }, documents: goodDocs, options: min3, status: 'unknown', messageId: 'unreadable' },
  ],
});
