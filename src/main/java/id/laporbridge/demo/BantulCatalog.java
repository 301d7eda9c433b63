package id.laporbridge.demo;

import java.util.List;
import java.util.Map;

/**
 * Place names, topics and agencies of Kabupaten Bantul used by the synthetic complaints.
 *
 * <p>The 17 kapanewon are Bantul's real ones; each has a few of its real kalurahan, not all of them.
 * The OPD codes are short names made up for this project.
 */
final class BantulCatalog {

    /** Kapanewon with some of their kalurahan. */
    static final Map<String, List<String>> KALURAHAN_BY_KAPANEWON = Map.ofEntries(
            Map.entry("Srandakan", List.of("Poncosari", "Trimurti")),
            Map.entry("Sanden", List.of("Gadingharjo", "Gadingsari", "Murtigading", "Srigading")),
            Map.entry("Kretek", List.of("Donotirto", "Parangtritis", "Tirtohargo", "Tirtomulyo", "Tirtosari")),
            Map.entry("Pundong", List.of("Panjangrejo", "Seloharjo", "Srihardono")),
            Map.entry("Bambanglipuro", List.of("Mulyodadi", "Sidomulyo", "Sumbermulyo")),
            Map.entry("Pandak", List.of("Caturharjo", "Gilangharjo", "Triharjo", "Wijirejo")),
            Map.entry("Pajangan", List.of("Guwosari", "Sendangsari", "Triwidadi")),
            Map.entry("Bantul", List.of("Bantul", "Palbapang", "Ringinharjo", "Sabdodadi", "Trirenggo")),
            Map.entry("Jetis", List.of("Canden", "Patalan", "Sumberagung", "Trimulyo")),
            Map.entry("Imogiri", List.of("Girirejo", "Imogiri", "Karangtalun", "Kebonagung", "Selopamioro",
                    "Sriharjo", "Wukirsari")),
            Map.entry("Dlingo", List.of("Dlingo", "Jatimulyo", "Mangunan", "Muntuk", "Temuwuh", "Terong")),
            Map.entry("Banguntapan", List.of("Banguntapan", "Baturetno", "Jagalan", "Jambidan", "Potorono",
                    "Singosaren", "Tamanan", "Wirokerten")),
            Map.entry("Pleret", List.of("Bawuran", "Pleret", "Segoroyoso", "Wonokromo", "Wonolelo")),
            Map.entry("Piyungan", List.of("Sitimulyo", "Srimartani", "Srimulyo")),
            Map.entry("Sewon", List.of("Bangunharjo", "Panggungharjo", "Pendowoharjo", "Timbulharjo")),
            Map.entry("Kasihan", List.of("Bangunjiwo", "Ngestiharjo", "Tamantirto", "Tirtonirmolo")),
            Map.entry("Sedayu", List.of("Argodadi", "Argomulyo", "Argorejo", "Argosari")));

    /** Kapanewon in a fixed order, so that a seed always gives the same choices. */
    static final List<String> KAPANEWON = KALURAHAN_BY_KAPANEWON.keySet().stream().sorted().toList();

    /** A complaint topic with the OPD that handles it and the words its texts use. */
    record Category(String code, String opdCode, String title, List<String> problems, List<String> objects) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("JALAN", "DPUPKP", "Jalan rusak",
                    List.of("berlubang besar dan belum ditambal", "aspalnya mengelupas sepanjang beberapa ratus meter",
                            "ambles di bagian pinggir dekat saluran", "retak dan bergelombang setelah hujan deras"),
                    List.of("jalan kampung", "jalan kabupaten", "jalan cor blok", "jembatan kecil", "jalan usaha tani")),
            new Category("SAMPAH", "DLH", "Sampah menumpuk",
                    List.of("menumpuk dan tidak diangkut petugas", "dibakar warga sehingga asapnya mengganggu",
                            "dibuang orang ke sungai setiap malam", "berbau busuk dan mengundang lalat"),
                    List.of("tempat pembuangan sementara", "pinggir sungai", "lahan kosong", "depo sampah")),
            new Category("AIR", "DPUPKP", "Air bersih macet",
                    List.of("tidak mengalir sejak pagi", "keruh dan berbau", "hanya mengalir tengah malam",
                            "pipanya bocor di beberapa titik"),
                    List.of("air PDAM", "sumur bor kalurahan", "jaringan pipa air", "penampungan air warga")),
            new Category("LAMPU", "DISHUB", "Lampu jalan mati",
                    List.of("mati sehingga jalan gelap gulita", "berkedip terus setiap malam",
                            "tiangnya miring hampir roboh", "kabelnya putus tertiup angin"),
                    List.of("lampu penerangan jalan", "lampu perempatan", "lampu lalu lintas", "tiang lampu")),
            new Category("DRAINASE", "DPUPKP", "Saluran air tersumbat",
                    List.of("tersumbat sehingga air meluap ke jalan", "tertutup tanah dan rumput",
                            "jebol dan airnya masuk ke rumah warga", "tidak pernah dibersihkan"),
                    List.of("selokan", "saluran irigasi", "gorong gorong", "talud saluran")),
            new Category("PENDIDIKAN", "DISDIKPORA", "Layanan sekolah",
                    List.of("meminta pungutan yang memberatkan orang tua", "belum membagikan dana bantuan siswa",
                            "gedungnya rusak dan atapnya bocor", "tidak menerima anak kami pada zonasi"),
                    List.of("sekolah dasar", "sekolah menengah pertama", "taman kanak kanak", "madrasah")),
            new Category("KESEHATAN", "DINKES", "Layanan kesehatan",
                    List.of("antreannya sangat lama dan petugasnya ketus", "menolak pasien dengan kartu BPJS",
                            "kehabisan obat untuk lansia", "tutup lebih awal dari jadwal"),
                    List.of("puskesmas", "puskesmas pembantu", "posyandu", "rumah sakit daerah")),
            new Category("BANSOS", "DINSOS", "Bantuan sosial",
                    List.of("tidak tepat sasaran karena penerimanya orang mampu", "belum cair padahal sudah terdaftar",
                            "dipotong oleh oknum pengurus", "datanya tidak diperbarui sejak lama"),
                    List.of("bantuan pangan", "bantuan langsung tunai", "program keluarga harapan", "bantuan lansia")),
            new Category("ADMINDUK", "DUKCAPIL", "Administrasi kependudukan",
                    List.of("belum jadi padahal sudah lewat sebulan", "datanya salah ketik dan harus diulang",
                            "antrean pengurusannya dibatasi sedikit sekali", "blangkonya kosong terus"),
                    List.of("KTP elektronik", "kartu keluarga", "akta kelahiran", "kartu identitas anak")),
            new Category("PERIZINAN", "DPMPTSP", "Perizinan usaha",
                    List.of("prosesnya berbelit dan tidak ada kepastian", "sistem daringnya sering galat",
                            "dimintai biaya di luar ketentuan", "ditolak tanpa alasan yang jelas"),
                    List.of("izin usaha mikro", "persetujuan bangunan gedung", "izin reklame", "izin keramaian")));

    static final List<String> DUSUN_FRONTS = List.of("Karang", "Sumber", "Tegal", "Kali", "Watu", "Gunung", "Wono",
            "Sido", "Ngrandu", "Krajan", "Jati", "Sawah", "Gedong", "Pandan", "Kembang", "Glagah", "Sorogenen",
            "Dukuh", "Bulu", "Nglarang", "Mangir", "Gading", "Turi", "Kweni", "Gowok", "Beji", "Krapyak", "Ngoto",
            "Plumbon", "Ketandan");
    static final List<String> DUSUN_ENDS = List.of("rejo", "sari", "harjo", "mulyo", "kidul", "lor", "wetan",
            "kulon", "tengah", "asri", "jati", "anom", "gede", "baru", "sewu", "tunggal", "kerep", "wangi", "ombo",
            "ringin", "gayam", "pelem", "duwur", "sentul", "rowo", "kepuh", "banyu", "legi", "joho", "tanjung");
    static final List<String> LANDMARKS = List.of("masjid", "musala", "balai padukuhan", "pos ronda", "makam",
            "lapangan", "pasar", "sekolah dasar", "gardu listrik", "jembatan", "kantor kalurahan", "warung bakso");
    static final List<String> FIRST_NAMES = List.of("Agus", "Budi", "Catur", "Dwi", "Eko", "Fajar", "Giyono",
            "Hartini", "Indah", "Joko", "Kusno", "Lestari", "Mujiyem", "Ngadiman", "Parjo", "Ratna", "Sri", "Suparmi",
            "Tri", "Wagiman", "Wulan", "Yanti", "Yuli", "Sutarno", "Sumarni", "Bagus", "Rini", "Teguh", "Wahyu", "Endah");
    static final List<String> LAST_NAMES = List.of("Santoso", "Wibowo", "Lestari", "Rahayu", "Susanto", "Prasetyo",
            "Wulandari", "Nugroho", "Hidayat", "Purnomo", "Setiawan", "Kurniawan", "Maryati", "Saputra", "Utami",
            "Hartono", "Sulistyo", "Widodo", "Handayani", "Pamungkas");

    private BantulCatalog() {
    }
}
