// Published results to print beside our own figures. CLINC150 "Full", oos-train setting:
// Larson et al. 2019, Table 2 (https://aclanthology.org/D19-1131/). BANKING77 full training set:
// Casanueva et al. 2020 (https://aclanthology.org/2020.nlp4convai-1.5/), as quoted by secondary
// sources. Accuracy and recall are in percent.

export type PublishedAnchor = { model: string; inScopeAccuracy: number; oosRecall?: number };

export const PUBLISHED_ANCHORS: Readonly<Record<'clinc150' | 'banking77', readonly PublishedAnchor[]>> = {
  clinc150: [
    { model: 'Rasa (2019)', inScopeAccuracy: 91.5, oosRecall: 45.3 },
    { model: 'SVM (bag of words)', inScopeAccuracy: 91.0, oosRecall: 14.5 },
    { model: 'FastText', inScopeAccuracy: 89.0, oosRecall: 9.7 },
    { model: 'BERT fine-tuned', inScopeAccuracy: 96.9, oosRecall: 40.3 },
  ],
  banking77: [
    { model: 'BERT-large fine-tuned', inScopeAccuracy: 93.7 },
    { model: 'USE+ConveRT', inScopeAccuracy: 93.4 },
  ],
};
