package id.laporbridge.mock;

import java.util.Map;

/** Reads numbers from query parameters or form fields and rejects invalid ones with HTTP 400. */
final class RequestValues {

    private RequestValues() {
    }

    /** Returns the parameter as an integer of at least 1, or the default when it is absent or empty. */
    static int positiveInt(Map<String, String> params, String name, int defaultValue) {
        String text = params.get(name);
        if (text == null || text.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(400, name, name + " must be a whole number, got '" + text + "'");
        }
        if (value < 1) {
            throw new InvalidRequestException(400, name, name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** Returns the parameter, rejecting a missing or blank one. */
    static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(400, name, name + " is missing");
        }
        return value;
    }
}
