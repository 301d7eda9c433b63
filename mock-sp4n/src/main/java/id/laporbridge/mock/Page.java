package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of an ordered list and the size of the whole list. */
record Page(List<ObjectNode> items, int total) {

    /** Cuts page {@code number} (from 1) of {@code size} items out of {@code ordered}. */
    static Page of(List<ObjectNode> ordered, int number, int size) {
        long from = (long) (number - 1) * size;
        if (from >= ordered.size()) {
            return new Page(List.of(), ordered.size());
        }
        int to = (int) Math.min(ordered.size(), from + size);
        return new Page(List.copyOf(ordered.subList((int) from, to)), ordered.size());
    }
}
