package id.laporbridge.demo;

/** Ways in which a citizen sends the same complaint again. */
public enum ResendVariant {
    /** The same text again, e.g. through the other channel. */
    EXACT,
    /** Only the first part of the text, as when a message was cut off. */
    CUT_SHORT,
    /** The same sentences in another order. */
    REORDERED,
    /** A reminder sentence in front of the old text. */
    PREFIXED,
    /** Typed again in SMS style: slang, repeated letters, a typo or two, no punctuation. */
    RETYPED
}
