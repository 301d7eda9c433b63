package id.laporbridge.dedup;

/** Confidence that two linked complaints are one report. */
public enum LinkKind {

    /** The same report sent twice; reports may count the pair once. */
    DUPLICATE("duplicate"),

    /** Matching text that may be stock wording or come from different reporters or places; for an operator. */
    SIMILAR("similar");

    private final String storedValue;

    LinkKind(String storedValue) {
        this.storedValue = storedValue;
    }

    /** Returns the value stored in {@code duplicate_link.kind}. */
    public String storedValue() {
        return storedValue;
    }

    static LinkKind fromStoredValue(String value) {
        for (LinkKind kind : values()) {
            if (kind.storedValue.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown link kind '" + value + "' in duplicate_link");
    }
}
