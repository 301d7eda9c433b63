package id.laporbridge.app;

/**
 * One configuration key: its type, default (null when it must be given), meaning, and whether it is a secret that
 * may only come from the environment and is masked wherever it is shown.
 */
public record SettingKey(String name, String type, String defaultValue, String meaning, boolean secret) {

    /** Returns the environment variable that overrides this key, e.g. {@code BRIDGE_SP4N_KEYTOKEN}. */
    public String environmentVariable() {
        return name.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
