namespace KimHotspot.Portal.Features.DemoData;

/// <summary>The demo village: names, bulletins, the demo member and voucher batch (fictitious people and numbers).</summary>
internal static class DemoContent
{
    public const string VillageName = "Desa Sukamaju";
    public const string KimName = "KIM Sukamaju Cerdas";
    public const string Kecamatan = "Cikancung";

    public const string MemberName = "Budi Santoso";
    public const string MemberUsername = "budi.demo";
    public const string MemberPhone = "0812 0000 1234";
    public const string MemberPlace = "RT 02/RW 05, Dusun Cibeureum";

    public const string BatchName = "Demo 1 jam";
    public const int BatchCount = 10;
    public static readonly TimeSpan BatchValidity = TimeSpan.FromHours(1);

    /// <summary>Title, Markdown body, pinned.</summary>
    public static readonly IReadOnlyList<(string Title, string Body, bool Pinned)> Bulletins =
    [
        ("Kerja bakti bersih desa hari Minggu",
            "Seluruh warga diundang kerja bakti membersihkan saluran air dan jalan desa pada **hari Minggu pukul 07.00 WIB**, "
            + "berkumpul di balai desa. Bawa cangkul dan karung sampah. Konsumsi disediakan oleh ibu-ibu PKK.", true),
        ("Posyandu balita bulan ini",
            "Posyandu Melati buka **tanggal 12, pukul 08.00–11.00** di rumah Bu RW 05. Bawa buku KIA. "
            + "Ada penimbangan, imunisasi, dan pemberian makanan tambahan.", false),
        ("Pelatihan jualan online untuk UMKM",
            "KIM Sukamaju Cerdas mengadakan pelatihan memotret produk dan berjualan di marketplace. "
            + "Daftar ke pengurus KIM paling lambat hari Jumat; tempat terbatas untuk 25 peserta.", false),
    ];
}
