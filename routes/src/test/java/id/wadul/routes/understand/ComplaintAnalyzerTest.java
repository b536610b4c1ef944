package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped rules (conf/) on complaints written the way people text them: no punctuation, shorthand,
 * typos, Javanese. Expected values are what a Kominfo operator would decide, not what the code happens to say.
 */
class ComplaintAnalyzerTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jln ds ngumpakdalem kec dander rusak parah bnyk lubang|infrastruktur|false|Dander|Ngumpakdalem
            dalan nang deso mojodelik kec gayam rusak ambles pak|infrastruktur|false|Gayam|Mojodelik
            jembatan penghubung ds pejok kec kepohbaru putus kena arus|infrastruktur|false|Kepohbaru|Pejok
            saluran irigasi ds sambongrejo kec gondang tersumbat sawah kering|infrastruktur|false|Gondang|Sambongrejo
            got mampet kalo hujan air meluber ke jalan kel ledok kulon|infrastruktur|false|Bojonegoro|Ledok Kulon
            jln poros kec kedungadem aspalnya mengelupas berlubang sdh 1 thn|infrastruktur|false|Kedungadem|-
            lampu pju di jln raya baureno mati semua malam gelap bgt|lalu-lintas|false|Baureno|-
            parkir liar di depan alun2 bojonegoro bikin macet|lalu-lintas|false|Bojonegoro|-
            rambu tikungan tajam di ds ngraseh kec dander roboh tdk ada gantinya|lalu-lintas|false|Dander|Ngraseh
            angkutan desa ke kec ngambon sdh gak ada lg anak sekolah susah|lalu-lintas|false|Ngambon|-
            tlg ada kecelakaan motor vs truk di jln raya padangan korban luka|keamanan|true|Padangan|-
            laka lantas di tikungan ds ngraseh kec dander butuh ambulans|keamanan|true|Dander|Ngraseh
            tabrakan beruntun di jalur bojonegoro babat dkt kec baureno|keamanan|true|Baureno|-
            ada maling sedang nyongkel rumah tetangga ds sukosewu skrg tlg polisi|keamanan|true|Sukosewu|Sukosewu
            begal di jalan hutan margomulyo tadi malam motor diambil|keamanan|true|Margomulyo|-
            tawuran pemuda di lapangan ds kauman kec bojonegoro|keamanan|true|Bojonegoro|Kauman
            bnyk anak muda mabok miras tiap malam di pos ronda ds kalitidu|keamanan|false|Kalitidu|Kalitidu
            peredaran sabu di warung dkt sekolahan kec sumberrejo|keamanan|false|Sumberrejo|-
            balap liar tiap malam minggu di jln lingkar kota bikin resah|keamanan|false|-|-
            sepeda motor sy hilang di parkiran pasar kapas|keamanan|false|Kapas|-
            kebakaran rumah warga di ds mojosari kec kalitidu api besar|bencana|true|Kalitidu|Mojosari
            omahe mbah kobong nang ds leran kalitidu tulung|bencana|true|Kalitidu|Leran
            banjir setinggi lutut masuk rumah warga ds ledok wetan|bencana|true|Bojonegoro|Ledok Wetan
            tanah longsor nutup jalan di ds deru kec sumberrejo|bencana|true|Sumberrejo|Deru
            wit ambruk nutupi dalan ds growok kec dander|bencana|false|Dander|Growok
            angin puting beliung rusak atap rumah warga kec kepohbaru|bencana|false|Kepohbaru|-
            blangko ktp habis sdh 2 bln di kec ngambon|kependudukan|false|Ngambon|-
            ngurus akta kelahiran anak kok lama bgt di dukcapil|kependudukan|false|-|-
            kk sy salah nama tlg dibenerin|kependudukan|false|-|-
            gedung sd di ds ngujung kec temayang atapnya bocor murid takut|pendidikan|false|Temayang|Ngujung
            ppdb zonasi smp gak adil anak sy gk ketrima|pendidikan|false|-|-
            ada pungutan sekolah utk seragam di smpn 1 kedungadem|pendidikan|false|Kedungadem|-
            puskesmas kec ngasem tutup jam 10 pasien gak dilayani|kesehatan|false|Ngasem|-
            bnyk warga kena dbd di ds sumberjo minta fogging|kesehatan|false|Margomulyo|Sumberjo
            bidan desa jarang ada di polindes kalo malam|kesehatan|false|-|-
            bansos bpnt sy tdk cair sdh 3 bulan|sosial|false|-|-
            pkh tdk tepat sasaran yg dpt malah org mampu ds drajat|sosial|false|Baureno|Drajat
            mbah sy lansia miskin blm prnh dpt bantuan sosial|sosial|false|-|-
            pupuk urea langka di kios ds sugihwaras petani bingung|pertanian|false|Sugihwaras|Sugihwaras
            hama wereng nyerang padi sawah sy di kec kanor gagal panen|pertanian|false|Kanor|-
            harga gabah anjlok pas panen raya tlg pemerintah|pertanian|false|-|-
            sapi warga kena pmk tdk ada mantri hewan ds tanjungharjo|pertanian|false|Kapas|Tanjungharjo
            sampah numpuk di pinggir bengawan bau busuk sampai ke jalan|lingkungan|false|-|-
            limbah pabrik tahu dibuang ke kali warga gatal2 kec kanor|lingkungan|false|Kanor|-
            uwuh nang pinggir dalan ora tau diangkut|lingkungan|false|-|-
            air pdam keruh kuning sdh seminggu di perumahan kec bojonegoro|air-bersih|false|Bojonegoro|-
            banyu mati 3 dino ora metu blas|air-bersih|false|-|-
            listrik padam terus tiap sore di ds ngunut kec dander|energi|false|Dander|Ngunut
            gas elpiji 3 kg langka harga 30rb di kec kasiman|energi|false|Kasiman|-
            solar langka di spbu padangan truk antri panjang|energi|false|Padangan|-
            kades ds bakulan gak pernah ngantor warga susah urus surat|desa|false|Temayang|Bakulan
            perangkat desa minta uang utk ngurus surat pindah|desa|false|-|-
            dana desa thn ini gak jelas penggunaannya tdk ada papan info apbdes|desa|false|-|-
            seleksi pppk kok hasilnya ga transparan|kepegawaian|false|-|-
            pns di kantor kecamatan sering bolos jam kerja|kepegawaian|false|-|-
            honorer blm gajian 4 bulan|kepegawaian|false|-|-
            """)
    void understandsRealisticComplaints(String text, String category, boolean urgent, String kecamatan, String desa) {
        Analysis a = Conf.analyzer().analyze(text);
        assertThat(a.category()).as("category of: %s (%s)", text, a.rule()).isEqualTo(category);
        assertThat(a.confident()).as("confident: %s", a.rule()).isTrue();
        assertThat(a.urgent()).as("urgent: %s", a.rule()).isEqualTo(urgent);
        assertThat(a.place().map(Place::kecamatanName).orElse(null)).as("kecamatan: %s", a.rule()).isEqualTo(kecamatan);
        assertThat(a.place().map(Place::desaName).orElse(null)).as("desa: %s", a.rule()).isEqualTo(desa);
        assertThat(a.units()).isNotEmpty().doesNotContain(Conf.analyzer().responsibilities().triage());
        assertThat(a.matched()).isNotEmpty();
        assertThat(a.categoryName()).isNotBlank();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            tlg pak sy mau lapor
            pohon tumbang menimpa kabel listrik di jln raya kalitidu
            sy mau protes pelayanan di kantor kecamatan lama bgt
            jalan ke sekolah rusak dan gelap
            tolong dibantu pak urusan sy blm selesai2
            min gmn caranya daftar
            warga resah ada orang asing mondar mandir
            sekolah dan puskesmas di ds kami jauh
            kemarin ada banjir sekarang sudah surut tapi jalan rusak
            """)
    void unclearComplaintsGoToTriage(String text) {
        Analysis a = Conf.analyzer().analyze(text);
        assertThat(a.confident()).as(a.rule()).isFalse();
        assertThat(a.units()).containsExactly(Conf.analyzer().responsibilities().triage());
        assertThat(a.rule()).contains("not confident").contains("kominfo");
    }

    @Test
    void accidentInPadanganGoesToPolsekPadanganAndPolres() {
        Analysis a = Conf.analyzer().analyze("tlg ada tabrakan truk sm motor di jln raya padangan");
        assertThat(a.category()).isEqualTo("keamanan");
        assertThat(a.urgent()).isTrue();
        assertThat(a.units()).extracting(Unit::code).containsExactly("polsek-padangan", "polres");
        assertThat(a.units()).allMatch(u -> u.seesNumber(true, false));
        assertThat(a.rule()).contains("keamanan").contains("Padangan").contains("polsek-padangan, polres");
    }

    @Test
    void roadAnywhereGoesToDinasPupr() {
        for (String text : new String[] {"jln rsk parah di kec ngraho", "jalan rusak di kec gayam",
            "jalan berlubang bnyk bgt"}) {
            assertThat(Conf.analyzer().analyze(text).units()).extracting(Unit::code).as(text).containsExactly("dpupr");
        }
    }

    @Test
    void nothingRecognisableIsLainnyaForTriage() {
        Analysis a = Conf.analyzer().analyze("halo selamat pagi");
        assertThat(a.category()).isEqualTo("lainnya");
        assertThat(a.score()).isZero();
        assertThat(a.place()).isEmpty();
        assertThat(a.units()).extracting(Unit::code).containsExactly("kominfo");
    }

    @Test
    void pastOrPossibleDangerIsNotUrgent() {
        assertThat(Conf.analyzer().analyze("kemarin banjir sdh surut tp lumpur msh bnyk").urgent()).isFalse();
        assertThat(Conf.analyzer().analyze("perempatan kapas rawan kecelakaan tlg dipasang lampu merah").urgent())
                .isFalse();
        assertThat(Conf.analyzer().analyze("banjir masuk rumah warga kec kanor").urgent()).isTrue();
    }

    @Test
    void loadsFromTheConfFolderByRegencyCode() {
        Analysis a = ComplaintAnalyzer.load(Conf.dir(), "3522").analyze("ktp sy blm jadi");
        assertThat(a.category()).isEqualTo("kependudukan");
        assertThat(a.units()).extracting(Unit::code).containsExactly("dukcapil");
    }
}
