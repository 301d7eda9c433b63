package id.laporbridge.mock;

import java.time.Duration;

/**
 * A fault given on the mock's command line as {@code PATH=KIND[:ARG][,applied][,times=N|all]}, for example
 * {@code /api/services/f02/addfollowup=reset,applied} or {@code /api/v1/aduan=status:503,times=all}.
 */
record FaultSpec(String path, MockFault fault, int times) {

    static final String KINDS = "status:CODE, rate-limit:SECONDS, error-body, malformed-json, reset, no-reply, "
            + "delay:MILLIS, stalled-body:MILLIS, invalid-utf8:TEXT";

    static FaultSpec parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("fault '" + text + "' is not PATH=KIND[,applied][,times=N|all]");
        }
        String path = text.substring(0, equals);
        String[] parts = text.substring(equals + 1).split(",");
        MockFault fault = kind(parts[0]);
        int times = 1;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("applied")) {
                fault = fault.afterApplying();
            } else if (parts[i].startsWith("times=")) {
                times = times(parts[i].substring("times=".length()));
            } else {
                throw new IllegalArgumentException("fault option '" + parts[i] + "' is unknown; use applied or times=N");
            }
        }
        return new FaultSpec(path, fault, times);
    }

    private static MockFault kind(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        String argument = colon < 0 ? null : text.substring(colon + 1);
        return switch (name) {
            case "status" -> MockFault.status(number(argument, text));
            case "rate-limit" -> MockFault.rateLimited(number(argument, text));
            case "error-body" -> MockFault.errorBody();
            case "malformed-json" -> MockFault.malformedJson();
            case "reset" -> MockFault.connectionReset();
            case "no-reply" -> MockFault.noReply();
            case "delay" -> MockFault.delay(Duration.ofMillis(number(argument, text)));
            case "stalled-body" -> MockFault.stalledBody(Duration.ofMillis(number(argument, text)));
            case "invalid-utf8" -> MockFault.invalidUtf8(argument);
            default -> throw new IllegalArgumentException("fault kind '" + name + "' is unknown; use one of " + KINDS);
        };
    }

    private static int times(String text) {
        return text.equals("all") ? InjectedFaults.UNTIL_CLEARED : number(text, "times=" + text);
    }

    private static int number(String text, String context) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + context + "' needs a whole number, got '" + text + "'");
        }
    }
}
