// The shape every dataset loader returns: labelled texts split into train/validation/test.

export type LabelledText = { text: string; intent: string; language: 'zh' | 'en' };

export type IntentDataset = {
  name: string;
  train: LabelledText[];
  /** Held out from training; thresholds are tuned here. Empty when the source has none. */
  validation: LabelledText[];
  test: LabelledText[];
};
