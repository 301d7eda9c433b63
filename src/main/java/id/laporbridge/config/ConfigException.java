package id.laporbridge.config;

/** A configuration file or key that is missing or invalid; the message names the file, the key and the rule. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
