package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds Lapor Bantul request bodies for tests. */
final class TestAduan {

    private TestAduan() {
    }

    /** Returns the body of POST /aduan for an aduan that came from SP4N. */
    static ObjectNode fromSp4n(String refSp4n, String judul, String isi) {
        ObjectNode aduan = MockHttp.MAPPER.createObjectNode()
                .put("judul", judul)
                .put("isi", isi)
                .put("anonim", true)
                .put("rahasia", false)
                .put("ref_sp4n", refSp4n);
        aduan.putObject("kategori").put("kode", "INF").put("nama", "Infrastruktur");
        aduan.putObject("opd").put("kode", "12500").put("nama", "Dinas Komunikasi dan Informatika");
        aduan.putNull("pelapor");
        aduan.putNull("lokasi");
        aduan.putArray("lampiran");
        return aduan;
    }
}
