/// Scores a model on CoNLL documents the conlleval way (entity level, exact span and type, on the
/// data's own tokens).
public enum TaggerEvaluation {
  /// The entity-level score of `model` on `documents`.
  public static func score(_ model: TaggerModel, on documents: [CoNLLDocument]) -> EntityScore {
    var score = EntityScore()
    for document in documents {
      let predicted = model.tags(ofDocument: document.sentences.map(\.tokens))
      for (sentence, tags) in zip(document.sentences, predicted) {
        score.add(gold: sentence.tags, predicted: tags)
      }
    }
    return score
  }
}
