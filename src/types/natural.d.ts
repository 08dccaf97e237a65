/** The part of natural's API this project uses (its shipped typings pull in .ts sources that do not compile under this project's settings). */
declare module 'natural' {
  export class BayesClassifier {
    addDocument(text: string | string[], label: string): void;
    train(): void;
    getClassifications(observation: string | string[]): { label: string; value: number }[];
    classify(observation: string | string[]): string;
  }
  const natural: { BayesClassifier: typeof BayesClassifier };
  export default natural;
}
