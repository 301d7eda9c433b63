package id.laporbridge.cli;

public class LaporBridgeCommand {
    public static void main(String[] args) {
    }
}
