"""NLP stage: load Stanza models and turn Stanza documents into the engine's document model."""

from quotes_server.nlp.models import ModelInfo, ModelNotFoundError, bundled_dir, resolve_source
from quotes_server.nlp.stanza_adapter import StanzaParser, load_parser, to_parsed_document

__all__ = [
    "ModelInfo",
    "ModelNotFoundError",
    "StanzaParser",
    "bundled_dir",
    "load_parser",
    "resolve_source",
    "to_parsed_document",
]
