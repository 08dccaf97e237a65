/**
 * The one class of natural this project uses, imported from its own module: natural's index
 * loads every storage backend (and dotenv, which prints to stdout) at import time.
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    addDocument(text: string | string[], label: string): void;
    train(): void;
    getClassifications(observation: string | string[]): { label: string; value: number }[];
    classify(observation: string | string[]): string;
  }
}
