#!/usr/bin/env python3
"""Writes a labelled set of invented complaints for wadul's learned routing (issue 12).

Written by the wadul project; no real person's message is in it. Licence: the project's (same as the repo).
Each text is put together from fragments per category: what is wrong (several wordings, many without the
keyword rules' terms), where, since when, and a request; as a short SMS (shorthand, typos, no punctuation) or a
longer web complaint. About 4% of labels are flipped to a neighbouring category, as staff disagree in real data.
Usage: python3 generate.py N SEED > file.jsonl
"""
import json
import random
import sys

PROBLEMS = {
    "infrastruktur": [
        "jalan rusak parah banyak lubang", "aspal mengelupas dan berlubang", "jalan desa ambles setelah hujan",
        "jembatan kayu hampir putus", "tanggul sungai retak", "saluran irigasi tersumbat lumpur",
        "got mampet airnya meluber ke jalan", "paving depan sekolah pada lepas", "jalan makadam licin sekali",
        "trotoar rusak membahayakan pejalan kaki", "gorong gorong ambrol", "cor jalan baru sudah retak retak",
        "dalan rusak ora tau didandani", "jalan poros kecamatan seperti kubangan kerbau",
        "banyak kendaraan jatuh karena lubang besar di tengah jalan", "proyek pengaspalan mangkrak setengah jalan",
        "jeglongan di jalan kabupaten makin lebar", "drainase tidak berfungsi air menggenang di jalan",
    ],
    "lalu-lintas": [
        "lampu jalan mati sudah sebulan", "lampu pju padam gelap gulita", "rambu lalu lintas roboh",
        "parkir liar bikin macet", "lampu merah perempatan mati", "angkot ngetem sembarangan",
        "truk besar lewat jalan kampung tiap malam", "tukang parkir minta tarif mahal",
        "penerangan jalan umum tidak menyala", "marka jalan sudah tidak kelihatan", "macet total tiap pagi",
        "bus antar kota ugal ugalan", "traffic light error nyala hijau semua", "jalan gelap rawan karena lampu padam",
        "truk tambang parkir di bahu jalan", "tidak ada zebra cross depan sekolah",
    ],
    "keamanan": [
        "ada kecelakaan motor tertabrak truk", "maling motor lagi marak", "rumah warga dibobol maling",
        "sering ada balap liar malam minggu", "pemuda mabuk bikin onar", "tawuran pelajar", "penjual miras bebas",
        "ada begal di jalan sepi", "judi sabung ayam tiap sore", "pencurian ternak sapi", "ada peredaran narkoba",
        "anak muda pesta miras sampai pagi", "perkelahian antar kampung", "hp dijambret waktu di pasar",
        "kambing warga hilang dicuri", "orang asing mencurigakan mondar mandir",
    ],
    "bencana": [
        "banjir setinggi lutut", "tanah longsor menutup jalan", "pohon tumbang menimpa rumah",
        "kebakaran rumah warga", "angin puting beliung merusak atap", "air sungai meluap masuk rumah",
        "tebing longsor mengancam rumah", "rumah roboh diterjang angin", "kebakaran lahan asapnya tebal",
        "luapan bengawan solo merendam sawah dan rumah", "pohon besar mau roboh ke jalan", "gempa retakkan dinding",
        "warga mengungsi karena air naik", "hujan deras rumah terendam",
    ],
    "kependudukan": [
        "ktp elektronik belum jadi", "blanko ktp habis", "kk belum dicetak", "akta kelahiran anak belum keluar",
        "antrian dukcapil panjang sekali", "nik tidak terdaftar", "pindah domisili dipersulit",
        "surat pindah belum diproses", "data kk salah nama", "e ktp rusak minta ganti", "akta kematian lama sekali",
        "rekam ktp di kecamatan alatnya rusak", "kartu identitas anak belum ada",
    ],
    "pendidikan": [
        "sekolah minta pungutan", "guru jarang masuk kelas", "atap kelas bocor", "ppdb zonasi tidak adil",
        "bos tidak transparan", "seragam wajib beli di sekolah", "kip tidak cair", "sd kekurangan guru",
        "bangunan sekolah hampir roboh", "anak tidak bisa daftar smp negeri", "iuran komite mahal",
        "ijazah ditahan sekolah", "beasiswa siswa miskin tidak sampai",
    ],
    "kesehatan": [
        "puskesmas tutup jam kerja", "bpjs ditolak rumah sakit", "obat di puskesmas kosong",
        "pelayanan rsud lambat", "bidan desa tidak ada", "banyak warga demam berdarah", "ambulans desa rusak",
        "antrian poli rsud sampai siang", "fogging tidak pernah dilakukan", "kis tidak bisa dipakai",
        "dokter puskesmas jarang datang", "balita gizi buruk belum ditangani", "posyandu tidak jalan",
    ],
    "sosial": [
        "bansos tidak tepat sasaran", "pkh dipotong pendamping", "bpnt tidak cair",
        "orang mampu dapat blt", "lansia miskin tidak dapat bantuan", "data dtks tidak diperbarui",
        "sembako bantuan kurang dari jatah", "kartu sembako diblokir", "rumah tidak layak huni belum dibantu",
        "janda tua tidak pernah dapat bantuan", "bantuan langsung tunai dipotong perangkat",
        "orang gangguan jiwa dipasung keluarga", "anak terlantar di jalan",
    ],
    "pertanian": [
        "pupuk subsidi langka", "harga pupuk di kios di atas het", "serangan hama wereng",
        "tikus merusak padi", "bibit bantuan tidak tumbuh", "harga gabah anjlok saat panen",
        "kartu tani tidak bisa dipakai", "air irigasi tidak sampai sawah", "hama ulat di jagung",
        "penyuluh pertanian tidak pernah datang", "alsintan bantuan dikuasai perorangan", "sapi terserang pmk",
        "tembakau petani dibeli murah",
    ],
    "lingkungan": [
        "sampah menumpuk tidak diangkut", "bau limbah pabrik", "sungai tercemar limbah", "pembakaran sampah asapnya",
        "tps liar di pinggir jalan", "galian c merusak lingkungan", "debu tambang mengganggu warga",
        "limbah peternakan ayam bau", "penebangan pohon liar", "air sumur berubah warna karena limbah",
        "truk sampah jarang lewat", "sampah dibuang ke sungai", "suara bising pabrik malam hari",
    ],
    "air-bersih": [
        "air pdam mati tiga hari", "air pdam keruh", "pipa pdam bocor", "tagihan pdam melonjak",
        "air ledeng kecil sekali alirannya", "air berbau kaporit", "sambungan baru pdam tidak dipasang",
        "kemarau sumur kering butuh dropping air", "meteran air rusak", "air pam mengalir cuma malam",
        "krisis air bersih di dusun", "pipa induk pecah",
    ],
    "energi": [
        "listrik padam terus", "lpg 3 kg langka", "harga elpiji melon mahal", "token listrik error",
        "tiang listrik miring mau roboh", "kabel listrik menjuntai", "solar di spbu habis",
        "pln lambat perbaiki gangguan", "gas melon dijual di atas het", "tegangan listrik naik turun",
        "pertalite kosong di spbu", "trafo meledak",
    ],
    "desa": [
        "kades tidak transparan dana desa", "perangkat desa jarang di kantor", "dana desa diselewengkan",
        "pengisian perangkat desa ada suap", "balai desa tutup terus", "bumdes tidak jelas laporannya",
        "surat pengantar desa dipungut biaya", "kepala dusun sewenang wenang", "musdes tidak melibatkan warga",
        "apbdes tidak dipasang baliho", "sekdes minta uang untuk tanda tangan", "tanah kas desa disewakan diam diam",
    ],
    "kepegawaian": [
        "seleksi pppk tidak transparan", "honorer belum digaji", "asn bolos jam kerja", "pns main game saat kerja",
        "tunjangan guru honorer telat", "rekrutmen cpns ada titipan", "pegawai kantor datang siang",
        "gaji pppk belum dibayar", "mutasi pegawai tidak jelas", "oknum pegawai minta uang pelicin jadi honorer",
        "tpp pegawai dipotong", "absen pegawai dititipkan",
    ],
    "lainnya": [
        "mohon info jadwal pelayanan", "terima kasih atas pelayanannya", "saran agar website diperbaiki",
        "ingin tanya cara daftar umkm", "bagaimana cara mengurus izin usaha", "tes", "halo min",
        "kapan pasar murah diadakan", "mohon pengumuman lowongan kerja", "ingin kirim proposal kegiatan",
        "anjing liar berkeliaran", "tetangga bising karaoke sampai malam", "minta nomor telepon dinas",
    ],
}

# neighbours whose labels staff sometimes swap
NEAR = {
    "infrastruktur": ["lalu-lintas", "bencana"], "lalu-lintas": ["infrastruktur", "keamanan"],
    "keamanan": ["lalu-lintas"], "bencana": ["infrastruktur", "lingkungan"], "kependudukan": ["desa"],
    "pendidikan": ["kepegawaian"], "kesehatan": ["sosial"], "sosial": ["desa", "kesehatan"],
    "pertanian": ["infrastruktur"], "lingkungan": ["bencana"], "air-bersih": ["infrastruktur"],
    "energi": ["lalu-lintas"], "desa": ["sosial"], "kepegawaian": ["pendidikan"], "lainnya": ["desa"],
}

PLACES = ["di desa sumberrejo", "di dusun krajan", "di jalan raya padangan", "di rt 03 rw 02", "di kecamatan dander",
          "depan balai desa", "dekat pasar kota", "di kelurahan ledok kulon", "di desa ngumpakdalem",
          "di kecamatan kalitidu", "di desa banjarsari", "di perumahan griya indah", "dekat sd negeri 2",
          "di jalan veteran", "di kecamatan baureno", "di desa kedungadem", ""]
SINCE = ["sudah seminggu", "sejak kemarin", "sudah dua bulan", "dari tahun lalu", "tiap hari", "sudah lama",
         "baru saja", ""]
ASK = ["mohon segera ditindaklanjuti", "tolong diperbaiki", "mohon perhatian pemkab", "tolong ditangani",
       "mohon dicek", "kami mohon bantuan", "harap segera", "tolong pak", ""]
OPEN = ["selamat siang bapak ibu", "assalamualaikum", "kepada yth dinas terkait", "mohon maaf mengganggu",
        "saya warga yang ingin melapor", "lapor", "pak bupati", ""]
EXTRA = ["warga sudah lapor ke desa tapi tidak ada tanggapan", "kasihan anak anak dan lansia",
         "ini sangat mengganggu aktivitas warga", "sudah pernah dilaporkan tapi belum ada tindakan",
         "kami berharap pemerintah hadir", "banyak warga mengeluh hal yang sama", "mohon jangan hanya janji"]
SHORT = {"yang": "yg", "tidak": "tdk", "sudah": "sdh", "jalan": "jln", "tolong": "tlg", "dengan": "dg",
         "sekali": "skali", "banyak": "byk", "karena": "krn", "desa": "ds", "belum": "blm", "mohon": "mhn",
         "segera": "sgr", "rusak": "rsk", "kecamatan": "kec", "untuk": "utk", "sampai": "smp"}


def typo(word, rng):
    if len(word) < 5 or rng.random() > 0.12:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def sms(parts, rng):
    words = " ".join(p for p in parts if p).split()
    out = [typo(SHORT.get(w, w) if rng.random() < 0.7 else w, rng) for w in words]
    text = " ".join(out)
    return text.upper() if rng.random() < 0.15 else text


def web(parts, rng):
    sentences = [p for p in parts if p]
    sentences.insert(1, rng.choice(EXTRA))
    if rng.random() < 0.5:
        sentences.append(rng.choice(EXTRA))
    return ". ".join(s[0].upper() + s[1:] for s in sentences) + "."


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    cats = list(PROBLEMS)
    weights = [14, 8, 9, 7, 6, 6, 7, 8, 6, 6, 5, 6, 5, 3, 8]
    for _ in range(n):
        cat = rng.choices(cats, weights)[0]
        problem = rng.choice(PROBLEMS[cat])
        if rng.random() < 0.15:  # a second, lesser matter from another category
            problem += " dan juga " + rng.choice(PROBLEMS[rng.choice(cats)])
        parts = [rng.choice(OPEN) if rng.random() < 0.4 else "", problem, rng.choice(PLACES), rng.choice(SINCE),
                 rng.choice(ASK)]
        text = sms(parts, rng) if rng.random() < 0.6 else web(parts, rng)
        label = rng.choice(NEAR[cat]) if rng.random() < 0.04 else cat
        print(json.dumps({"text": text, "category": label}, ensure_ascii=False))


if __name__ == "__main__":
    main()
