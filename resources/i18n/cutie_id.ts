<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+137"/>
        <source>Adjust</source>
        <translation>Penyesuaian</translation>
    </message>
</context>
<context>
    <name>AdjustEntry</name>
    <message>
        <location line="+27"/>
        <source>&amp;Adjust…</source>
        <translation>&amp;Sesuaikan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact local adjustments: brightness, colour, LUTs, looks (no AI)</source>
        <translation>Penyesuaian lokal yang persis: kecerahan, warna, LUT, preset (tanpa AI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Measuring the change and pricing the requests…</source>
        <translation>Mengukur perubahan dan menghitung biaya permintaan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send %d request(s) to %s, about $%.2f?</source>
        <translation>Kirim %d permintaan ke %s, sekitar $%.2f?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured change: %s.</source>
        <translation>Perubahan terukur: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version was made with local steps, which repeat it exactly and for free; Cutie also makes those versions, to compare side by side.</source>
        <translation>Versi ini dibuat dengan langkah lokal, yang bisa mengulangnya persis dan gratis; Cutie juga membuat versi itu untuk dibandingkan berdampingan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model</source>
        <translation>Ulangi dengan model</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking the model…</source>
        <translation>Meminta ke model…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%d variant(s) made</source>
        <translation>%d varian dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d exact local version(s)</source>
        <translation>%d versi lokal yang persis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>AdjustPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+243"/>
        <source>Before / after</source>
        <extracomment>Copied steps, shared by every pane of the app (like a clipboard).</extracomment>
        <translation>Sebelum / sesudah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>Geser pembatas: sebelum di kiri, sesudah di kanan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+221"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment steps, applied top to bottom</source>
        <translation>Langkah penyesuaian, diterapkan dari atas ke bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied top to bottom. Drag to reorder; untick to mute.</source>
        <translation>Diterapkan dari atas ke bawah. Seret untuk mengubah urutan; hapus centang untuk menonaktifkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT file (.cube)…</source>
        <translation>Berkas LUT (.cube)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>Samakan warna jangkar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all</source>
        <translation>Atur ulang semua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looks</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved looks</source>
        <translation>Preset tersimpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look amount</source>
        <translation>Kekuatan preset</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as look…</source>
        <translation>Simpan sebagai preset…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep a new look</source>
        <translation>Tempat menyimpan preset baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this project</source>
        <translation>di proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for all projects</source>
        <translation>untuk semua proyek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other images</source>
        <translation>Gambar lain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy…</source>
        <translation>Salin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste here</source>
        <translation>Tempel di sini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted steps:</source>
        <translation>Langkah yang ditempel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How pasted steps meet existing ones</source>
        <translation>Cara langkah yang ditempel digabung dengan yang sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the same kind</source>
        <translation>mengganti yang sejenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go after the others</source>
        <translation>ditaruh setelah yang lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace every step</source>
        <translation>mengganti semua langkah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste onto selection</source>
        <translation>Tempel ke pilihan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected…</source>
        <translation>Sinkronkan ke yang terpilih…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model…</source>
        <translation>Ulangi dengan model…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For changes the steps can&apos;t make: ask the image model to repeat what this version changed (measured against its source) on each other selected image. Billed.</source>
        <translation>Untuk perubahan yang tidak bisa dibuat dengan langkah: minta model gambar mengulang perubahan versi ini (diukur terhadap sumbernya) pada setiap gambar terpilih lainnya. Ditagih.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants per image</source>
        <translation>Varian per gambar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> each</source>
        <translation> per gambar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch progress</source>
        <translation>Kemajuan batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply as new version</source>
        <translation>Terapkan sebagai versi baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the full-size image with these steps as a new version; the source stays</source>
        <translation>Render gambar ukuran penuh dengan langkah ini sebagai versi baru; sumbernya tetap ada</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Image #%d</source>
        <translation>Gambar #%d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d other selected image(s) in the gallery.</source>
        <translation>%d gambar terpilih lainnya di galeri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select more images in the gallery to paste or sync onto them.</source>
        <translation>Pilih gambar lain di galeri untuk menempel atau menyinkronkan ke sana.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the suggested steps</source>
        <translation>Tambahkan langkah yang disarankan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image #%d · %d×%d · preview %d×%d</source>
        <translation>Gambar #%d · %d×%d · pratinjau %d×%d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An adjusted version: its steps apply to the original, image #%d.</source>
        <translation>Versi hasil penyesuaian: langkahnya diterapkan pada gambar asli, gambar #%d.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unmute %s</source>
        <translation>Aktifkan %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute %s</source>
        <translation>Nonaktifkan %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Reorder steps</source>
        <translation>Ubah urutan langkah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %s</source>
        <translation>Ubah %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %s</source>
        <translation>Tambah %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %s</source>
        <translation>Hapus %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset %s</source>
        <translation>Atur ulang %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset all steps</source>
        <translation>Atur ulang semua langkah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a LUT</source>
        <translation>Tambah LUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>LUT Cube (*.cube);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rendering the full-size image…</source>
        <translation>Merender gambar ukuran penuh…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was not saved.</source>
        <translation>Gambar tidak tersimpan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as image #%d, a new version of image #%d.</source>
        <translation>Disimpan sebagai gambar #%d, versi baru dari gambar #%d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d · %d×%d</source>
        <translation>Gambar #%d · %d×%d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>project</source>
        <translation>proyek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>milik Anda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use look %s</source>
        <translation>Pakai preset %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as look</source>
        <translation>Simpan sebagai preset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the look:</source>
        <translation>Nama preset:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %d step(s).</source>
        <translation>%d langkah disalin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy adjustments</source>
        <translation>Salin penyesuaian</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste steps</source>
        <translation>Tempel langkah</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pasting onto %d image(s)…</source>
        <translation>Menempel ke %d gambar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing %d image(s)…</source>
        <translation>Menyinkronkan %d gambar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected</source>
        <translation>Sinkronkan ke yang terpilih</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d of %d</source>
        <translation>%d dari %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling: images being written are finished, the rest skipped…</source>
        <translation>Membatalkan: gambar yang sedang ditulis diselesaikan, sisanya dilewati…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d new version(s) saved</source>
        <translation>%d versi baru disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d cancelled</source>
        <translation>%d dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d failed: %s</source>
        <translation>%d gagal: %s</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved look “%s”.</source>
        <translation>Preset “%s” disimpan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted look “%s”.</source>
        <translation>Preset “%s” dihapus.</translation>
    </message>
</context>
<context>
    <name>AdjustSteps</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+49"/>
        <source>Exposure</source>
        <translation>Eksposur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness</source>
        <translation>Kecerahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Kontras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation</source>
        <translation>Saturasi</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+244"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>Kehangatan</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>Rona</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Levels</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>Kurva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT</source>
        <translation>LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>Samakan warna jangkar</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+208"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>Vinyet</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Grain</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-268"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+7"/>
        <source>Exposure (stops)</source>
        <translation>Eksposur (stop)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Brightness factor</source>
        <translation>Faktor kecerahan</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Contrast factor</source>
        <translation>Faktor kontras</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Saturation factor</source>
        <translation>Faktor saturasi</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+3"/>
        <source>Levels strength</source>
        <translation>Kekuatan level</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Curve strength</source>
        <translation>Kekuatan kurva</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>LUT strength</source>
        <translation>Kekuatan LUT</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Colour match strength</source>
        <translation>Kekuatan penyamaan warna</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+2"/>
        <source>Grain amount</source>
        <extracomment>Seeds are stored in JSON; keep them exact in every JSON reader (53 bits).</extracomment>
        <translation>Jumlah butiran</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+79"/>
        <location line="+5"/>
        <source>Amount</source>
        <extracomment>The slider&apos;s range per kind (the number box allows the step&apos;s whole range). Steps the Add menu makes directly (a LUT and a colour match need a file or the anchor).</extracomment>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a step to change its amount.</source>
        <translation>Pilih satu langkah untuk mengubah kekuatannya.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Black point</source>
        <translation>Titik hitam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White point</source>
        <translation>Titik putih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midtones</source>
        <translation>Nada tengah</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Midpoint</source>
        <translation>Titik tengah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same grain on every run.</source>
        <translation>Seed yang sama selalu memberi butiran yang sama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1</source>
        <translation>Titik x,y antara 0 dan 1, dipisah spasi, mis. 0,0 0.5,0.6 1,1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Points</source>
        <translation>Titik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the LUT file kept in the project.</source>
        <translation>Memakai berkas LUT yang disimpan di proyek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours measured from the anchor when the step was added.</source>
        <translation>Warna diukur dari jangkar saat langkah ini ditambahkan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write points as x,y pairs.</source>
        <translation>Tulis titik sebagai pasangan x,y.</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+367"/>
        <source>Before / after</source>
        <translation>Sebelum / sesudah</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Side by side</source>
        <translation>Berdampingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>Geser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>Selisih, dicerahkan ×%.1f · perubahan rata-rata %.1f</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This image cannot be shown: %s</source>
        <translation>Gambar ini tidak bisa ditampilkan: %s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-336"/>
        <location line="+1"/>
        <source>Previous branch (Alt+Left)</source>
        <translation>Cabang sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next branch (Alt+Right)</source>
        <translation>Cabang berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch %d of %d</source>
        <translation>Cabang %d dari %d</translation>
    </message>
</context>
<context>
    <name>CharacterEditing</name>
    <message>
        <location filename="../../cutie_app/ui/window/editing.py" line="+65"/>
        <source>Edit character</source>
        <translation>Sunting karakter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No saved versions yet</source>
        <translation>Belum ada versi tersimpan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore character version</source>
        <translation>Pulihkan versi karakter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the anchor</source>
        <translation>jangkar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a reference</source>
        <translation>referensi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d is now %s</source>
        <translation>Gambar #%d sekarang menjadi %s</translation>
    </message>
</context>
<context>
    <name>Comparator</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+343"/>
        <source>Compare images</source>
        <translation>Bandingkan gambar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the comparison (Esc)</source>
        <translation>Keluar dari perbandingan (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anchor and one candidate side by side (C)</source>
        <translation>Jangkar dan satu kandidat berdampingan (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up to eight images in a grid (N)</source>
        <translation>Hingga delapan gambar dalam kisi (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>Geser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A and B in one view with a draggable divider (W)</source>
        <translation>A dan B dalam satu tampilan dengan pembatas yang bisa digeser (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where A and B differ, brightened (D)</source>
        <translation>Bagian A dan B yang berbeda, dicerahkan (D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+736"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>Fit whole images (Z toggles)</source>
        <translation>Tampilkan gambar utuh (Z untuk beralih)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One image pixel per screen pixel (Z toggles)</source>
        <translation>Satu piksel gambar per piksel layar (Z untuk beralih)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loupe</source>
        <translation>Kaca pembesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 100 % magnifier under the cursor (hold L or the middle button)</source>
        <translation>Kaca pembesar 100 % di bawah kursor (tahan L atau tombol tengah)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-sync</source>
        <translation>Selaraskan lagi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line panes up again after Shift+wheel or Shift+drag (S)</source>
        <translation>Sejajarkan panel lagi setelah Shift+roda atau Shift+seret (S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Auto-advance</source>
        <translation>Maju otomatis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a flag or rating, move to the next candidate</source>
        <translation>Setelah menandai atau memberi nilai, pindah ke kandidat berikutnya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set as anchor</source>
        <translation>Jadikan jangkar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected image the anchor</source>
        <translation>Jadikan gambar terpilih sebagai jangkar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>Tambahkan ke referensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected image to the reference slots</source>
        <translation>Tambahkan gambar terpilih ke slot referensi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe</source>
        <translation>Resep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the recipe panel (I)</source>
        <translation>Tampilkan atau sembunyikan panel resep (I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in conversation</source>
        <translation>Sunting dalam percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation that edits the selected image</source>
        <translation>Mulai percakapan yang menyunting gambar terpilih</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>←/→ step · P pick · X reject · U unflag · 0–5 stars · Z fit/100 % · L loupe · Shift+wheel one pane · S re-sync · Esc back</source>
        <translation>←/→ pindah · P pilih · X tolak · U hapus tanda · 0–5 bintang · Z pas/100 % · L kaca pembesar · Shift+roda satu panel · S selaraskan · Esc kembali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+485"/>
        <source>The file {name} is missing.</source>
        <translation>Berkas {name} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can&apos;t be read: the file is damaged or not an image.</source>
        <translation>{name} tidak bisa dibaca: berkasnya rusak atau bukan gambar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is too large to show.</source>
        <translation>Gambar ini terlalu besar untuk ditampilkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image could not be shown ({kind}).</source>
        <translation>Gambar ini tidak bisa ditampilkan ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the difference…</source>
        <translation>Menghitung selisih…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · piksel identik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · no difference at screen size (the sizes differ)</source>
        <translation>|A − B| · tidak ada selisih pada ukuran layar (ukurannya berbeda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · dicerahkan ×{gain} · selisih terbesar {peak}/255 · rata-rata {mean}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured at screen size (the sizes differ)</source>
        <translation>diukur pada ukuran layar (ukurannya berbeda)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom {p} %</source>
        <translation>Zoom {p} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No images to compare</source>
        <translation>Tidak ada gambar untuk dibandingkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate {n} of {total}</source>
        <translation>Kandidat {n} dari {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images</source>
        <translation>{count} gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {shown}; ←/→ scroll</source>
        <translation>menampilkan {shown}; ←/→ untuk menggulir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+click picked a second image: recipes compared</source>
        <translation>Ctrl+klik memilih gambar kedua: resep dibandingkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>Tidak ada yang dipilih</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location line="-1047"/>
        <source>Image pane {n}</source>
        <translation>Panel gambar {n}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>anchor</source>
        <translation>jangkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 5 stars</source>
        <translation>{n} dari 5 bintang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit {p} %</source>
        <translation>Pas {p} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsynced</source>
        <translation>tidak selaras</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Anchor</source>
        <translation>Jangkar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+72"/>
        <source>The conversation cannot do that</source>
        <translation>Percakapan tidak bisa melakukan itu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong in the conversation</source>
        <translation>Ada yang salah dalam percakapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your turns so far are saved; try again.</source>
        <translation>Giliran Anda sejauh ini sudah tersimpan; coba lagi.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No project is open</source>
        <translation>Tidak ada proyek yang terbuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project first.</source>
        <translation>Buka proyek terlebih dulu.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+77"/>
        <source>Conversation editing</source>
        <translation>Penyuntingan lewat percakapan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New ▾</source>
        <extracomment>Whether anything listens to `exact_requested` (the window has the adjustment pane).</extracomment>
        <translation>Baru ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a conversation</source>
        <translation>Mulai percakapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New conversation from the character</source>
        <translation>Percakapan baru dari karakter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the anchor in a conversation</source>
        <translation>Sunting jangkar dalam percakapan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this conversation</source>
        <translation>Ganti nama percakapan ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this conversation (its images stay)</source>
        <translation>Hapus percakapan ini (gambarnya tetap ada)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conversations of this project</source>
        <translation>Percakapan di proyek ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation&apos;s turns</source>
        <translation>Giliran dalam percakapan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restart from this image</source>
        <translation>Mulai ulang dari gambar ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing your earlier message: it will be sent as a new branch.</source>
        <translation>Menyunting pesan Anda sebelumnya: pesan akan dikirim sebagai cabang baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t edit</source>
        <translation>Batal sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing the earlier message</source>
        <translation>Berhenti menyunting pesan sebelumnya</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do it exactly, without AI</source>
        <translation>Lakukan persis, tanpa AI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do this tone change exactly with local adjustments, without asking the model</source>
        <translation>Lakukan perubahan nada ini persis dengan penyesuaian lokal, tanpa bertanya ke model</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep everything else exactly the same</source>
        <translation>Biarkan yang lain tetap sama persis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the reminder: keep everything else exactly the same</source>
        <translation>Tambahkan pengingat: biarkan yang lain tetap sama persis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds “Change only this … Keep everything else exactly the same” to your message</source>
        <translation>Menambahkan “Ubah ini saja … Biarkan yang lain tetap sama persis” ke pesan Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tries: each is its own request and branch</source>
        <translation>Percobaan: masing-masing permintaan dan cabang tersendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ×N: N requests in parallel, each answer its own branch</source>
        <translation>Kirim ×N: N permintaan paralel, tiap jawaban jadi cabang sendiri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the turn in flight (Esc)</source>
        <translation>Hentikan giliran yang sedang berjalan (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+299"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Kirim (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · %s · %d turns · $%.2f</source>
        <translation>%s · %s · %d giliran · $%.2f</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename conversation</source>
        <translation>Ganti nama percakapan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete conversation</source>
        <translation>Hapus percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”? Its images stay in the project.</source>
        <translation>Hapus “%s”? Gambarnya tetap ada di proyek.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (demo, not billed)</source>
        <translation> (demo, tidak ditagih)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d turns · total $%.2f%s</source>
        <translation>%d giliran · total $%.2f%s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conversation open. Choose one above, start one with New, or right-click an image in the gallery and choose Edit in conversation.</source>
        <translation>Tidak ada percakapan yang terbuka. Pilih salah satu di atas, mulai dengan Baru, atau klik kanan gambar di galeri lalu pilih Sunting dalam percakapan.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Say what to change in image #%d.</source>
        <translation>Tulis apa yang diubah pada gambar #%d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to change in the anchor.</source>
        <translation>Tulis apa yang diubah pada jangkar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what to draw; the character sheet and references go with it.</source>
        <translation>Jelaskan apa yang digambar; spesifikasi karakter dan referensi ikut dikirim.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>before #%d</source>
        <translation>sebelum #%d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after #%d</source>
        <translation>sesudah #%d</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Say “%s”</source>
        <translation>Tulis “%s”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use numbers: %s</source>
        <translation>Pakai angka: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%s” with this wording</source>
        <translation>Ganti “%s” dengan kata-kata ini</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open image #%d in the adjustment pane with: %s. Nothing is sent to the model.</source>
        <translation>Buka gambar #%d di panel penyesuaian dengan: %s. Tidak ada yang dikirim ke model.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An answer was delivered (and billed) but not saved: %s</source>
        <translation>Jawaban diterima (dan ditagih) tetapi tidak tersimpan: %s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The next turn is too large to send.</source>
        <translation>Giliran berikutnya terlalu besar untuk dikirim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation is getting large.</source>
        <translation>Percakapan ini makin besar.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/crash_dialog.py" line="+68"/>
        <location line="+1"/>
        <source>Cutie ran into a problem</source>
        <translation>Cutie mengalami masalah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Cutie.</source>
        <translation>Ada yang salah di dalam Cutie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cutie hit an error it did not expect.</source>
        <translation>Cutie menemui galat yang tidak terduga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie hit an error it did not expect while working in the background.</source>
        <translation>Cutie menemui galat tak terduga saat bekerja di latar belakang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your project is safe: what was saved is still on disk. You can keep working; if something looks wrong, save what you can and restart Cutie.</source>
        <translation>Proyek Anda aman: yang sudah tersimpan masih ada di disk. Anda bisa terus bekerja; jika ada yang tampak aneh, simpan yang bisa lalu mulai ulang Cutie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error: {error}</source>
        <translation>Galatnya: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error details</source>
        <translation>Rincian galat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log is kept in {folder}</source>
        <translation>Log disimpan di {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file is being written.</source>
        <translation>Tidak ada berkas log yang sedang ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more problem(s) happened since; all of them are below and in the log.</source>
        <translation>
            <numerusform>%n masalah lain terjadi sejak itu; semuanya ada di bawah dan di log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {folder}; its path is on the clipboard.</source>
        <translation>Tidak bisa membuka {folder}; jalurnya sudah disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>CullingController</name>
    <message>
        <location filename="../../cutie_app/ui/window/culling.py" line="+174"/>
        <source>The image is in %s</source>
        <extracomment>How many images around the selected one the loupe&apos;s filmstrip holds.</extracomment>
        <translation>Gambar ada di %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied image #%d</source>
        <translation>Gambar #%d disalin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image #%d&apos;s settings are in the Generate panel</source>
        <translation>Pengaturan gambar #%d sudah ada di panel Buat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not available now: %s)</source>
        <translation>(sekarang tidak tersedia: %s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no recipe</source>
        <translation>Gambar ini tidak punya resep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image #%d was recovered or imported without one.</source>
        <translation>Gambar #%d dipulihkan atau diimpor tanpa resep.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring consistency…</source>
        <translation>Menilai konsistensi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking image #%d against the spec…</source>
        <translation>Memeriksa gambar #%d terhadap spesifikasi…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparing the first %d of %d images: the comparator shows up to %d at once</source>
        <translation>Membandingkan %d pertama dari %d gambar: pembanding menampilkan paling banyak %d sekaligus</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+71"/>
        <source>Difference between image A and image B</source>
        <translation>Selisih antara gambar A dan gambar B</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+27"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; {detail}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; {detail}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+85"/>
        <location line="+1"/>
        <source>Export Images</source>
        <extracomment>Long-edge choices offered (pixels); 0 is full size. Any other value can be typed.</extracomment>
        <translation>Ekspor gambar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why the export cannot start</source>
        <translation>Mengapa ekspor tidak bisa dimulai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report</source>
        <translation>Laporan ekspor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the export</source>
        <translation>Mulai ekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export after the current image</source>
        <translation>Hentikan ekspor setelah gambar yang sedang diproses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %d selected</source>
        <translation>%d gambar terpilih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected image</source>
        <translation>Gambar terpilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picks</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at least</source>
        <translation>Bernilai minimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Semua gambar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum stars</source>
        <translation>Bintang minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> stars</source>
        <translation> bintang</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Include rejected images</source>
        <translation>Sertakan gambar yang ditolak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format and size</source>
        <translation>Format dan ukuran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Format berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (lossless)</source>
        <translation>PNG (kualitas utuh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quality</source>
        <translation>&amp;Kualitas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long edge in pixels</source>
        <translation>Sisi panjang dalam piksel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full size</source>
        <translation>Ukuran penuh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d px</source>
        <translation>%d px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long edge</source>
        <translation>Sisi &amp;panjang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where and named how</source>
        <translation>Lokasi dan penamaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export folder</source>
        <translation>Pilih folder ekspor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older</source>
        <translation>Fol&amp;der</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File name pattern</source>
        <translation>Pola nama berkas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Names</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example file name</source>
        <translation>Contoh nama berkas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the files carry</source>
        <translation>Isi yang dibawa berkas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipe (prompt, model, settings), with the rating in an XMP sidecar</source>
        <translation>Resep (prompt, model, pengaturan), dengan nilai di berkas sidecar XMP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embed the recipe</source>
        <translation>Sematkan resep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client copy: no prompts, tagged as AI-generated</source>
        <translation>Salinan untuk klien: tanpa prompt, ditandai sebagai buatan AI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client copy</source>
        <translation>Salinan klien</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the long edge in pixels, such as 1600, or choose Full size.</source>
        <translation>Ketik sisi panjang dalam piksel, misalnya 1600, atau pilih Ukuran penuh.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For example: %s</source>
        <translation>Contoh: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export images to folder</source>
        <translation>Ekspor gambar ke folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder to export into.</source>
        <translation>Pilih folder tujuan ekspor.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The export stopped because of an error in Cutie (%s).</source>
        <translation>Ekspor berhenti karena galat di Cutie (%s).</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cutie_app/ui/panes/gallery.py" line="+353"/>
        <source>Filter by scene</source>
        <extracomment>Shown in the middle of an empty list: what to do next, or why nothing matches. The selected tiles changed (read them with `selected_ids`). Actions other panes add to a saved image&apos;s context menu (they read `selected_ids`).</extracomment>
        <translation>Saring menurut adegan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All scenes</source>
        <translation>Semua adegan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by flag</source>
        <translation>Saring menurut tanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any flag</source>
        <translation>Tanda apa pun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>Tanpa tanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>Nilai minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>Nilai apa pun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or more</source>
        <translation> atau lebih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>Saring menurut model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All models</source>
        <translation>Semua model</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by where images came from</source>
        <translation>Saring menurut asal gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>Semua sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From conversations</source>
        <translation>Dari percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted versions</source>
        <translation>Versi yang disesuaikan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best rated</source>
        <translation>Nilai tertinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most consistent</source>
        <translation>Paling konsisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by</source>
        <translation>Tumpuk menurut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks</source>
        <translation>Tanpa tumpukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by batch</source>
        <translation>Tumpuk per batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by scene</source>
        <translation>Tumpuk per adegan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by: show each batch or scene as one tile, its best image on top. S opens or closes the stack under the cursor.</source>
        <translation>Tumpuk menurut: setiap batch atau adegan tampil sebagai satu ubin, dengan gambar terbaiknya di atas. S membuka atau menutup tumpukan di kursor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Generated images</source>
        <translation>Gambar yang dihasilkan</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+417"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Compare the selected images</source>
        <translation>Bandingkan gambar terpilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selection side by side (one image: against the anchor). Key: C</source>
        <translation>Bandingkan pilihan berdampingan (satu gambar: dengan jangkar). Tombol: C</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Ukuran gambar mini</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No images match these filters.</source>
        <translation>Tidak ada gambar yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No images yet. Describe a scene and press Generate (Ctrl+Enter).</source>
        <translation>Belum ada gambar. Jelaskan sebuah adegan lalu tekan Buat (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>%d images</source>
        <translation>%d gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacks: %d</source>
        <translation>Tumpukan: %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d selected</source>
        <translation>%d dipilih</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set as anchor</source>
        <translation>Jadikan jangkar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>Tambahkan ke referensi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick (P)</source>
        <translation>Pilih (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Tolak (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag (U)</source>
        <translation>Hapus tanda (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Beri nilai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stars</source>
        <translation>Tanpa bintang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again (same recipe, new variants)</source>
        <translation>Lagi (resep sama, varian baru)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary (open its recipe to change one thing)</source>
        <translation>Variasikan (buka resepnya untuk mengubah satu hal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy image</source>
        <translation>Salin gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check against spec</source>
        <translation>Periksa terhadap spesifikasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in conversation</source>
        <translation>Sunting dalam percakapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash (Delete)</source>
        <translation>Pindahkan ke Tempat Sampah (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stack to Trash (%d images)…</source>
        <translation>Pindahkan tumpukan ke Tempat Sampah (%d gambar)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this variant</source>
        <translation>Batalkan varian ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare stack (%d images)</source>
        <translation>Bandingkan tumpukan (%d gambar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collapse stack (S)</source>
        <translation>Tutup tumpukan (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand stack (S)</source>
        <translation>Buka tumpukan (S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set as top of stack</source>
        <translation>Jadikan teratas di tumpukan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the best image on top</source>
        <translation>Taruh gambar terbaik di atas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand all stacks</source>
        <translation>Buka semua tumpukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all stacks</source>
        <translation>Tutup semua tumpukan</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+136"/>
        <source>#%d · chat</source>
        <translation>#%d · obrolan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No preview</source>
        <translation>Tanpa pratinjau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Blocked</source>
        <translation>Diblokir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words only</source>
        <translation>Hanya teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Not run</source>
        <translation>Belum dijalankan</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Generating…</source>
        <translation>Membuat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not saved: %s</source>
        <translation>Tidak tersimpan: %s</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+12"/>
        <source>No picture</source>
        <translation>Tanpa gambar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not run</source>
        <translation>belum dijalankan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to cancel this variant</source>
        <translation>Klik kanan untuk membatalkan varian ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Save as… or Try again; the image is kept until you do.</source>
        <translation>Klik kanan → Simpan sebagai… atau Coba lagi; gambar tetap ditahan sampai Anda melakukannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Retry, or double-click</source>
        <translation>Klik kanan → Coba lagi, atau klik dua kali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d · %s</source>
        <translation>Gambar #%d · %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character&apos;s anchor reference</source>
        <translation>Referensi jangkar karakter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene: %s</source>
        <translation>Adegan: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation %s, turn %s</source>
        <translation>Percakapan %s, giliran %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the image file is missing or cannot be read.</source>
        <translation>Tanpa pratinjau: berkas gambar hilang atau tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d</source>
        <translation>Gambar #%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anchor</source>
        <translation>jangkar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top of a stack of %d images, open</source>
        <translation>teratas di tumpukan %d gambar, terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top of a stack of %d images, closed</source>
        <translation>teratas di tumpukan %d gambar, tertutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a stack of %d images</source>
        <translation>dalam tumpukan %d gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d stars</source>
        <translation>%d bintang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d%% consistent</source>
        <translation>%d%% konsisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stack of %d images of one scene</source>
        <translation>Tumpukan %d gambar dari satu adegan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stack of %d images from one batch</source>
        <translation>Tumpukan %d gambar dari satu batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as its top</source>
        <translation>dipilih sebagai teratas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the best image is on top</source>
        <translation>gambar terbaik di atas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S or a click on the number closes it</source>
        <translation>Tekan S atau klik angkanya untuk menutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>Tekan S atau klik angkanya untuk menampilkan semuanya</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>the reason is unknown</source>
        <translation>alasannya tidak diketahui</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+123"/>
        <source>Nothing to draw yet</source>
        <translation>Belum ada yang bisa digambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character or write a scene first.</source>
        <translation>Jelaskan karakternya atau tulis adegan terlebih dulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+57"/>
        <source>Generating %d variants…</source>
        <translation>Membuat %d varian…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>S%d</source>
        <translation>S%d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A reference of that image is gone</source>
        <translation>Salah satu referensi gambar itu sudah tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the reference slots any more: %s.</source>
        <translation>Sudah tidak ada di slot referensi: %s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it again, or use Vary to generate with the current references.</source>
        <translation>Tambahkan lagi, atau gunakan Variasikan untuk membuat dengan referensi saat ini.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>retry</source>
        <translation>ulang</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A delivered image was not saved</source>
        <translation>Gambar yang diterima tidak tersimpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the free disk space and the project folder&apos;s permissions, then right-click the image: Try again, or Save as… into another folder.</source>
        <translation>Periksa sisa ruang disk dan izin folder proyek, lalu klik kanan gambarnya: Coba lagi, atau Simpan sebagai… ke folder lain.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the image into a folder</source>
        <translation>Simpan gambar ke folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved into %s</source>
        <translation>Disimpan ke %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New in Google&apos;s model list</source>
        <translation>Baru di daftar model Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick it under Model to try it; Cutie has not checked its limits or prices yet.</source>
        <translation>Pilih di Model untuk mencobanya; Cutie belum memeriksa batas dan harganya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%d of %d variants delivered</source>
        <translation>%d dari %d varian diterima</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+65"/>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aspect ratio</source>
        <translation>Rasio aspek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation>Ukuran gambar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Seed (optional)</source>
        <translation>Seed (opsional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A whole number. Google does not promise a seed repeats an image; if the model refuses it, Cutie sends the request without it, tells you once and hides this field for that model.</source>
        <translation>Bilangan bulat. Google tidak menjamin seed mengulang gambar yang sama; jika model menolaknya, Cutie mengirim permintaan tanpa seed, memberi tahu sekali, dan menyembunyikan kolom ini untuk model itu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget cap per batch in US dollars</source>
        <translation>Batas biaya per batch dalam dolar AS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget cap</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse to start a batch whose estimated cost is above this amount.</source>
        <translation>Jangan mulai batch yang perkiraan biayanya melebihi jumlah ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Seed · cap</source>
        <translation>Seed · batas</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>One scene or a series</source>
        <translation>Satu adegan atau seri</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of variants</source>
        <translation>Jumlah varian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Scene</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What happens in this picture, e.g. full-body turnaround, waving</source>
        <translation>Apa yang terjadi di gambar ini, mis. turnaround seluruh badan, melambai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Estimated cost</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Retry failed</source>
        <translation>Ulangi yang gagal</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Retry the failed variants</source>
        <translation>Ulangi varian yang gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel generation</source>
        <translation>Batalkan pembuatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel every running variant (Esc)</source>
        <translation>Batalkan semua varian yang berjalan (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate variants</source>
        <translation>Buat varian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>Buat (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>One scene</source>
        <translation>Satu adegan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Seri</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The seed must be a whole number, like 42.</source>
        <translation>Seed harus bilangan bulat, misalnya 42.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed must be between %d and %d.</source>
        <translation>Seed harus antara %d dan %d.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry %d failed</source>
        <translation>Ulangi %d yang gagal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model %s</source>
        <translation>model %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Match references / 1:1</source>
        <translation>Ikuti referensi / 1:1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed (%s)</source>
        <translation>tetap (%s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget cap</source>
        <translation>Batas biaya</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%d × price unknown</source>
        <translation>%d × harga tidak diketahui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo, not billed</source>
        <translation>demo, tidak ditagih</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+60"/>
        <source>The image could not be saved there</source>
        <translation>Gambar tidak dapat disimpan di sana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick another folder; the image stays in the gallery until it is saved.</source>
        <translation>Pilih folder lain; gambar tetap ada di galeri sampai disimpan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project is open</source>
        <translation>Tidak ada proyek yang terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie saves every image into a project, so it generates only while one is open.</source>
        <translation>Cutie menyimpan setiap gambar ke dalam proyek, jadi hanya bisa membuat gambar saat ada proyek yang terbuka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create a project (File menu), then generate.</source>
        <translation>Buka atau buat proyek (menu Berkas), lalu buat gambar.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+102"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries. A mnemonic as Chinese and Japanese menus write it, after the text: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>Tombol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projects (new ones start here)</source>
        <translation>Proyek (proyek baru dimulai di sini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images kept when they could not be saved in their project</source>
        <translation>Gambar yang disimpan terpisah karena gagal disimpan di proyeknya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache (safe to delete)</source>
        <translation>Cache (aman dihapus)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>Panduan pengguna tidak terpasang di salinan Cutie ini.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cutie user guide</source>
        <translation>Panduan pengguna Cutie</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Report a problem</source>
        <translation>Laporkan masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>Disalin ke papan klip: versi Cutie, Qt, Python, dan SDK Gemini, serta bagian akhir log Cutie (kunci API tidak pernah ada di sana). Tempelkan ke pesan Anda, beserta apa yang Anda lakukan dan apa yang Anda harapkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Cutie</source>
        <translation>Tentang Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie: one character, many images.</source>
        <translation>Cutie: satu karakter, banyak gambar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Log Folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report a Problem…</source>
        <translation>Laporkan &amp;masalah…</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/histogram_view.py" line="+28"/>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%d visible pixels</source>
        <translation>%d piksel terlihat</translation>
    </message>
</context>
<context>
    <name>ImageDeleting</name>
    <message>
        <location filename="../../cutie_app/ui/window/trash.py" line="+94"/>
        <location line="+7"/>
        <source>Move to Trash</source>
        <translation>Pindahkan ke Tempat Sampah</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Move %n image(s) to the trash?</source>
        <translation>
            <numerusform>Pindahkan %n gambar ke tempat sampah?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You can undo this with Edit › Undo; the files stay in the system trash.</source>
        <translation>Anda dapat membatalkannya dengan Sunting › Urungkan; berkasnya tetap di tempat sampah sistem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The anchor was made from one of them; it keeps its own copy.</source>
        <translation>Jangkar dibuat dari salah satunya; jangkar menyimpan salinannya sendiri.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference slot(s) were made from them and keep their own copies.</source>
        <translation>
            <numerusform>%n slot referensi dibuat darinya dan menyimpan salinannya sendiri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n adjusted version(s) stay in the project, no longer linked to them.</source>
        <translation>
            <numerusform>%n versi hasil penyesuaian tetap di proyek, tidak lagi terhubung dengannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conversation turn(s) made from them stay in the project.</source>
        <translation>
            <numerusform>%n giliran percakapan yang dibuat darinya tetap di proyek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Hapus %n gambar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n image(s) to the trash (Edit › Undo puts them back)</source>
        <translation>
            <numerusform>%n gambar dipindahkan ke tempat sampah (Sunting › Urungkan mengembalikannya)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Some images were not moved to the trash</source>
        <translation>Beberapa gambar tidak dipindahkan ke tempat sampah</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Put %n image(s) back from the trash</source>
        <translation>
            <numerusform>%n gambar dikembalikan dari tempat sampah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some images could not be put back</source>
        <translation>Beberapa gambar tidak dapat dikembalikan</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../../cutie_app/ui/models/job_queue.py" line="+75"/>
        <source>Check the seed</source>
        <translation>Periksa seed-nya</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+43"/>
        <source>Gemini API key</source>
        <extracomment>Wide enough that the keyring advice reads as two or three lines, not a word per line.</extracomment>
        <translation>Kunci API Gemini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste your key from Google AI Studio. Cutie stores it in your system keyring (never in a file) and sends it only to Google.</source>
        <translation>Tempel kunci Anda dari Google AI Studio. Cutie menyimpannya di keyring sistem (tidak pernah di berkas) dan hanya mengirimnya ke Google.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the key was not saved</source>
        <translation>Mengapa kunci tidak tersimpan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The keyring refused the key ({error}).</source>
        <translation>Keyring menolak kunci ini ({error}).</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../cutie_app/ui/app.py" line="+162"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie tidak bisa membuka %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+97"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. The window icon&apos;s sizes: resources/app/cutie-&lt;N&gt;.png. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>Di mana proyek dari %s akan disimpan?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>Membongkar %s…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not import %s</source>
        <translation>Tidak bisa mengimpor %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+140"/>
        <source>Project total</source>
        <extracomment>Readable on the light and the dark theme alike (the text colour is set with it).</extracomment>
        <translation>Total proyek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger summary</source>
        <translation>Ringkasan biaya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend per scene</source>
        <translation>Biaya per adegan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+11"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Billed calls</source>
        <translation>Panggilan yang ditagih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By scene</source>
        <translation>Per adegan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing spent yet</source>
        <translation>Belum ada biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call that reaches Google is listed here with its cost.</source>
        <translation>Setiap panggilan yang sampai ke Google tercantum di sini beserta biayanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project total: %s</source>
        <translation>Total proyek: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>(demo, tidak ditagih)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d calls</source>
        <translation>%d panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d images</source>
        <translation>%d gambar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d billed without an image</source>
        <translation>%d ditagih tanpa gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ marks Cutie&apos;s estimate where Google reported no cost</source>
        <translation>≈ menandai perkiraan Cutie bila Google tidak melaporkan biaya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scene</source>
        <translation>Tanpa adegan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed scene #%d</source>
        <translation>Adegan #%d yang dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty scene #%d)</source>
        <translation>(adegan kosong #%d)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%d input, %d output, %d thinking tokens</source>
        <translation>%d token masukan, %d keluaran, %d berpikir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response id: %s</source>
        <translation>ID respons: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image came back and was billed, but could not be saved: %s</source>
        <translation>Gambar sudah kembali dan ditagih, tetapi tidak bisa disimpan: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded</source>
        <translation>tidak ada alasan yang tercatat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer never arrived.</source>
        <translation>Jawabannya tidak pernah tiba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s — billed</source>
        <translation>%s — ditagih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No image came back, but the call was still billed: Google charges for the input tokens (prompt and reference images) of a request it blocks or answers without an image.</source>
        <translation>Tidak ada gambar yang kembali, tetapi panggilan tetap ditagih: Google menagih token masukan (prompt dan gambar referensi) dari permintaan yang diblokir atau dijawab tanpa gambar.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+63"/>
        <location line="+1"/>
        <source>Loupe</source>
        <translation>Kaca pembesar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image, as large as the screen</source>
        <translation>Gambar, sebesar layar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which image, and the keys</source>
        <translation>Gambar yang tampil dan tombolnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filmstrip</source>
        <translation>Strip film</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing to show</source>
        <translation>Tidak ada yang ditampilkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ berikutnya, di posisi sama · Z pas/100 % · P/X/U · 0-5 bintang · Esc menutup</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>{name} tidak bisa ditampilkan ({reason}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+102"/>
        <source>Results and spending</source>
        <translation>Hasil dan biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-115"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+32"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/window/menus.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>B&amp;uat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Project…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Buka proyek…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Project &amp;As…</source>
        <translation>Simpan proyek &amp;sebagai…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Images…</source>
        <translation>&amp;Ekspor gambar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Tutup proyek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste Image as Reference</source>
        <translation>&amp;Tempel gambar sebagai referensi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character &amp;Versions…</source>
        <translation>&amp;Versi karakter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemini API &amp;key…</source>
        <translation>&amp;Kunci API Gemini…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate Variants</source>
        <translation>&amp;Buat varian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &amp;Series</source>
        <translation>Jalankan &amp;seri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel All</source>
        <translation>Ba&amp;talkan semua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Ulangi yang gagal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score &amp;Consistency of All Images</source>
        <translation>Nilai &amp;konsistensi semua gambar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Bandingkan pilihan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace</source>
        <translation>Ruang &amp;kerja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Loupe (Full Screen)</source>
        <translation>Kaca &amp;pembesar (layar penuh)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spending</source>
        <translation>B&amp;iaya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Cutie</source>
        <translation>&amp;Tentang Cutie</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="-68"/>
        <source>Your message</source>
        <extracomment>Turn images are shown this tall: two turns fit in the pane on a 768-pixel-high screen.</extracomment>
        <translation>Pesan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change, e.g. “make her smile”. Ctrl+Enter sends, Up edits your last one.</source>
        <translation>Apa yang diubah, mis. “buat dia tersenyum”. Ctrl+Enter mengirim, Atas menyunting pesan terakhir Anda.</translation>
    </message>
</context>
<context>
    <name>NoProjectPage</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="+67"/>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;p&gt;Create a project for a new character, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tidak ada proyek yang terbuka&lt;/h2&gt;&lt;p&gt;Buat proyek untuk karakter baru, atau buka yang sudah ada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project…</source>
        <translation>Proyek baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Recent projects</source>
        <translation>Proyek terbaru</translation>
    </message>
</context>
<context>
    <name>PairWipe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="-17"/>
        <source>Wipe: image A left of the divider, image B right</source>
        <translation>Geser: gambar A di kiri pembatas, gambar B di kanan</translation>
    </message>
</context>
<context>
    <name>PaletteEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+207"/>
        <source>Add colour</source>
        <translation>Tambah warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add palette colour</source>
        <translation>Tambah warna palet</translation>
    </message>
</context>
<context>
    <name>PaletteRow</name>
    <message>
        <location line="-65"/>
        <source>Pick colour</source>
        <translation>Pilih warna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hex colour</source>
        <translation>Warna hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour name</source>
        <translation>nama warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour name</source>
        <translation>Nama warna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this colour</source>
        <translation>Hapus warna ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove colour</source>
        <translation>Hapus warna</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Palette colour</source>
        <translation>Warna palet</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/preferences.py" line="+145"/>
        <location line="+1"/>
        <location line="+29"/>
        <source>Preferences</source>
        <extracomment>Settings this dialog edits; the rest (recent projects) are kept as they are on disk. Characters of a stored key shown in the hint; shorter keys show none.</extracomment>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save preferences</source>
        <translation>Simpan preferensi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the system keyring…</source>
        <translation>Memeriksa keyring sistem…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini API key</source>
        <translation>Kunci API Gemini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cutie keeps your key only in the system keyring, never in a file, and sends it only to the Gemini endpoint. Get a key from Google AI Studio.</source>
        <translation>Cutie menyimpan kunci Anda hanya di keyring sistem, tidak pernah di berkas, dan hanya mengirimnya ke endpoint Gemini. Dapatkan kunci dari Google AI Studio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved key</source>
        <translation>Kunci tersimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a new key here</source>
        <translation>Tempel kunci baru di sini</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+232"/>
        <source>Show the key</source>
        <translation>Tampilkan kunci</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+229"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Save key</source>
        <translation>Simpan kunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key to keyring</source>
        <translation>Simpan kunci ke keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove key</source>
        <translation>Hapus kunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove key from keyring</source>
        <translation>Hapus kunci dari keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test key</source>
        <translation>Uji kunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the key</source>
        <translation>Uji kunci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key status</source>
        <translation>Status kunci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generation</source>
        <translation>Pembuatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Default model</source>
        <translation>Model bawaan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Used for new generations unless a project chooses another.</source>
        <translation>Dipakai untuk pembuatan baru kecuali proyek memilih model lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — deprecated</source>
        <translation> — usang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — restricted</source>
        <translation> — terbatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — unverified</source>
        <translation> — belum diverifikasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Parallel requests</source>
        <translation>Permintaan paralel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How many images are generated at the same time.</source>
        <translation>Berapa gambar yang dibuat bersamaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout in seconds</source>
        <translation>Batas waktu permintaan dalam detik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for one image before giving up. 4K images can take minutes.</source>
        <translation>Berapa lama menunggu satu gambar sebelum menyerah. Gambar 4K bisa butuh beberapa menit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout</source>
        <translation>Batas waktu permintaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget cap in US dollars per batch</source>
        <translation>Batas biaya per batch dalam dolar AS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie asks before starting a batch estimated to cost more than this. Empty: never asks.</source>
        <translation>Cutie bertanya dulu sebelum memulai batch yang diperkirakan lebih mahal dari ini. Kosong: tidak pernah bertanya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>US$ per batch</source>
        <translation>US$ per batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget cap</source>
        <translation>Batas biaya</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Remove location and camera data from references</source>
        <translation>Hapus data lokasi dan kamera dari referensi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where a photo was taken and with which camera (EXIF, XMP, IPTC) is taken out of reference images before they are sent to Google.</source>
        <translation>Lokasi pengambilan foto dan kamera yang dipakai (EXIF, XMP, IPTC) dihapus dari gambar referensi sebelum dikirim ke Google.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A new language is used the next time Cutie starts.</source>
        <translation>Bahasa baru dipakai saat Cutie dibuka lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint override</source>
        <translation>Ganti endpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s default</source>
        <translation>Bawaan Google</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for a proxy or gateway in front of the Gemini API, such as https://gemini.example.com/. Leave empty to talk to Google directly.</source>
        <translation>Hanya untuk proxy atau gateway di depan API Gemini, misalnya https://gemini.example.com/. Biarkan kosong untuk terhubung langsung ke Google.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>Sembunyikan kunci</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A key is saved: {key}</source>
        <translation>Kunci tersimpan: {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is saved; using {variable} from the environment: {key}</source>
        <translation>Tidak ada kunci tersimpan; memakai {variable} dari lingkungan: {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key is saved.</source>
        <translation>Tidak ada kunci tersimpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a key into the field first.</source>
        <translation>Tempel kunci ke kolom terlebih dulu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was accepted, but it offers no image models.</source>
        <translation>Kunci diterima, tetapi tidak menyediakan model gambar.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Key works — %n image model(s) available: {models}</source>
        <translation>
            <numerusform>Kunci berfungsi — %n model gambar tersedia: {models}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter an http:// or https:// address without a user name, password, query or fragment, or leave it empty.</source>
        <translation>Masukkan alamat http:// atau https:// tanpa nama pengguna, kata sandi, query, atau fragmen, atau biarkan kosong.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter an amount in US dollars, such as 5 or 2.50, or leave it empty.</source>
        <translation>Masukkan jumlah dalam dolar AS, misalnya 5 atau 2.50, atau biarkan kosong.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter an amount of 0 or more, or leave it empty.</source>
        <translation>Masukkan jumlah 0 atau lebih, atau biarkan kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low:g} to {high:g}.</source>
        <translation>Masukkan angka dari {low:g} sampai {high:g}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Nilai ini tidak valid.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved in the system keyring.</source>
        <translation>Tersimpan di keyring sistem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key was removed from the system keyring.</source>
        <translation>Kunci telah dihapus dari keyring sistem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system keyring could not be read.</source>
        <translation>Keyring sistem tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused the change ({error}).</source>
        <translation>Keyring menolak perubahan ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key could not be tested because of an error in Cutie ({error}).</source>
        <translation>Kunci tidak bisa diuji karena galat di Cutie ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Pengaturan tidak bisa disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../cutie_app/ui/window/projects.py" line="+63"/>
        <source>Opening %s…</source>
        <translation>Membuka %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project — choose a folder name</source>
        <translation>Proyek baru — pilih nama folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My character</source>
        <translation>Karakter saya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Cutie project folder</source>
        <translation>Buka folder proyek Cutie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the project as a new folder</source>
        <translation>Simpan proyek sebagai folder baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> salinan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent projects</source>
        <translation>Tidak ada proyek terbaru</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only: another Cutie is saving into this project.</source>
        <translation>Hanya-baca: Cutie lain sedang menyimpan ke proyek ini.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened read-only</source>
        <translation>Dibuka sebagai hanya-baca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images the other Cutie adds appear here when you come back to this window.</source>
        <translation>Gambar yang ditambahkan Cutie lain akan muncul di sini saat Anda kembali ke jendela ini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project was repaired when it opened</source>
        <translation>Proyek diperbaiki saat dibuka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %s</source>
        <translation>%s dibuka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not opened: %s</source>
        <translation>Tidak dibuka: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No project is open: open or create one (File menu) to generate into it.</source>
        <translation>Tidak ada proyek yang terbuka: buka atau buat satu (menu Berkas) untuk membuat gambar di dalamnya.</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../cutie_app/ui/models/project_session.py" line="+77"/>
        <source>Check that the project folder is still there and the disk is not full, then try again.</source>
        <extracomment>Why it opened read-only (another Cutie process is writing it), &quot;&quot; when this window writes. How its gallery was last looked at (stacks, order, thumbnail size).</extracomment>
        <translation>Pastikan folder proyek masih ada dan disk tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No project is open</source>
        <translation>Tidak ada proyek yang terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create one first.</source>
        <translation>Buka atau buat proyek terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>Prompt yang dikirim ke model</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy prompt</source>
        <translation>Salin prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composed prompt</source>
        <translation>Prompt tersusun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prompt builds itself here as you describe the character, add references and write a scene.</source>
        <translation>Prompt tersusun sendiri di sini saat Anda menjelaskan karakter, menambah referensi, dan menulis adegan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send my own text instead</source>
        <translation>Kirim teks saya sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use override text</source>
        <translation>Pakai teks pengganti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your exact prompt (the composed text above is kept in the recipe)</source>
        <translation>Prompt persis Anda (teks tersusun di atas tetap disimpan di resep)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override prompt</source>
        <translation>Prompt pengganti</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../cutie_app/ui/i18n.py" line="+67"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <extracomment>The translated languages, each named in its own language (the Preferences list shows these). Every language the window can speak; English is the source text. Qt&apos;s own names for the standard buttons the window uses, as Qt asks for them (the generic theme, and GNOME&apos;s with mnemonics). Marked so that they land in Cutie&apos;s `.ts` files: PySide6 ships no Qt translation for Indonesian, so without these OK, Save and Cancel stayed English there. Qt&apos;s own file is installed after Cutie&apos;s and wins where it exists.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+76"/>
        <source>location data removed before sending</source>
        <extracomment>What became of a reference&apos;s location and camera data, by the kinds removed or sent: whole phrases, so that each language can word them its own way.</extracomment>
        <translation>data lokasi dihapus sebelum dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data removed before sending</source>
        <translation>data kamera dihapus sebelum dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data removed before sending</source>
        <translation>data lokasi dan kamera dihapus sebelum dikirim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>location data sent (removal was off)</source>
        <translation>data lokasi ikut terkirim (penghapusan sedang nonaktif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data sent (removal was off)</source>
        <translation>data kamera ikut terkirim (penghapusan sedang nonaktif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data sent (removal was off)</source>
        <translation>data lokasi dan kamera ikut terkirim (penghapusan sedang nonaktif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded whether location or camera data was removed</source>
        <translation>tidak tercatat apakah data lokasi atau kamera dihapus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no location or camera data</source>
        <translation>tanpa data lokasi atau kamera</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>Recipe</source>
        <translation>Resep</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the text shown</source>
        <translation>Salin teks yang ditampilkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy JSON</source>
        <translation>Salin JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the selected image&apos;s recipe as JSON</source>
        <translation>Salin resep gambar terpilih sebagai JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe details</source>
        <translation>Rincian resep</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recipe: A vs B</source>
        <translation>Resep: A vs B</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Model version</source>
        <translation>Versi model</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Prompt override</source>
        <translation>Prompt pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>Rasio aspek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Ukuran gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed asked</source>
        <translation>Seed yang diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed sent</source>
        <translation>Seed yang dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Scene</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>Character version</source>
        <translation>Versi karakter</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Response id</source>
        <translation>ID respons</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Versi aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe format</source>
        <translation>Format resep</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: {role}, location and camera data</source>
        <translation>Referensi: {role}, data lokasi dan kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: {role}</source>
        <translation>Referensi: {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens: {kind}</source>
        <translation>Token: {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recipe recorded for this image (imported, or made outside Cutie).</source>
        <translation>Tidak ada resep untuk gambar ini (diimpor, atau dibuat di luar Cutie).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seed} (asked; the model has no seed)</source>
        <translation>{seed} (diminta; model tidak memakai seed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one of the two images has a recipe, so there is nothing to compare.</source>
        <translation>Hanya satu dari dua gambar yang punya resep, jadi tidak ada yang bisa dibandingkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same inputs: model, settings, references and prompt are identical.</source>
        <translation>Masukan sama: model, pengaturan, referensi, dan prompt identik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} input(s) differ</source>
        <translation>{n} masukan berbeda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also differs (run details): {names}</source>
        <translation>Juga berbeda (rincian proses): {names}</translation>
    </message>
</context>
<context>
    <name>ReferenceSlots</name>
    <message>
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+67"/>
        <source>Front / identity</source>
        <translation>Depan / identitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face close-up</source>
        <translation>Close-up wajah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side view</source>
        <translation>Tampak samping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back view</source>
        <translation>Tampak belakang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Ekspresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfit</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Gaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prop</source>
        <translation>Properti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor (best result)</source>
        <translation>Jangkar (hasil terbaik)</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>Gambar referensi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference budget</source>
        <translation>Kuota referensi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference slots; drop image files here</source>
        <translation>Slot referensi; letakkan berkas gambar di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a slot, or press Alt+Up/Alt+Down, to change its place</source>
        <translation>Seret slot, atau tekan Alt+Atas/Alt+Bawah, untuk memindahkannya</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop front, side and back drawings here (files or from a browser), paste, or click Add…</source>
        <translation>Letakkan gambar depan, samping, dan belakang di sini (berkas atau dari peramban), tempel, atau klik Tambah…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Add reference images</source>
        <translation>Tambah gambar referensi</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Role of the selected reference</source>
        <translation>Peran referensi terpilih</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character or object</source>
        <translation>Karakter atau objek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Remove the selected reference</source>
        <translation>Hapus referensi terpilih</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;Nothing to add.&lt;/b&gt; The drop held no image, image file or image address.</source>
        <translation>&lt;b&gt;Tidak ada yang ditambahkan.&lt;/b&gt; Yang dilepas tidak berisi gambar, berkas gambar, atau alamat gambar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set anchor</source>
        <translation>Jadikan jangkar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add reference</source>
        <translation>Tambah referensi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove reference</source>
        <translation>Hapus referensi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.heic *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.heic *.gif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; </source>
        <comment>between the notes on an imported picture</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: %s.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: %s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s could not be read (%s).</source>
        <translation>%s tidak bisa dibaca (%s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not added.&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;Tidak ditambahkan.&lt;/b&gt; %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder references</source>
        <translation>Urutkan ulang referensi</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste image</source>
        <translation>Tempel gambar</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Change reference role</source>
        <translation>Ubah peran referensi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change reference kind</source>
        <translation>Ubah jenis referensi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From generated image #%d</source>
        <translation>Dari gambar hasil #%d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character</source>
        <translation>karakter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>objek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%.1f MB</source>
        <translation>%.1f MB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objects</source>
        <translation>objek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over this model&apos;s limit</source>
        <translation>melebihi batas model ini</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/series_panel.py" line="+137"/>
        <source>Scenes in the series</source>
        <extracomment>The outfit a scene asks for, by name; None wears the character&apos;s default (first) outfit.</extracomment>
        <translation>Adegan dalam seri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press F2 to edit; drag or Alt+Up/Down to reorder; Ctrl+V pastes lines</source>
        <translation>Klik dua kali atau tekan F2 untuk menyunting; seret atau Alt+Atas/Bawah untuk mengurutkan; Ctrl+V menempel baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenes, one image set each:</source>
        <translation>&amp;Adegan, satu set gambar per adegan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a scene</source>
        <translation>Tambah adegan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected scenes</source>
        <translation>Hapus adegan terpilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the scene up (Alt+Up)</source>
        <translation>Naikkan adegan (Alt+Atas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down (Alt+Down)</source>
        <translation>Turunkan adegan (Alt+Bawah)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines</source>
        <translation>Tempel baris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add one scene per line of the clipboard text</source>
        <translation>Tambah satu adegan untuk tiap baris teks di papan klip</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outfit for the selected scenes</source>
        <translation>Pakaian untuk adegan terpilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the character&apos;s outfits the selected scenes are drawn in</source>
        <translation>Pakaian karakter mana yang dipakai di adegan terpilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outfit:</source>
        <translation>&amp;Pakaian:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Variants per scene</source>
        <translation>Varian per adegan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants per scene:</source>
        <translation>&amp;Varian per adegan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost of the series</source>
        <translation>Perkiraan biaya seri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the series cannot run</source>
        <translation>Mengapa seri tidak bisa dijalankan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress</source>
        <translation>Kemajuan seri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress and spend</source>
        <translation>Kemajuan dan biaya seri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the series</source>
        <translation>Batalkan seri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run series</source>
        <translation>Jalankan seri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the series</source>
        <translation>Jalankan seri</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Default (%s)</source>
        <translation>Bawaan (%s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default outfit</source>
        <translation>Pakaian bawaan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%s (not in the spec)</source>
        <translation>%s (tidak ada di spesifikasi)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%d / %d images · $%.2f so far</source>
        <translation>%d / %d gambar · $%.2f sejauh ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>(demo, tidak ditagih)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 scene</source>
        <translation>1 adegan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d scenes</source>
        <translation>%d adegan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 variant</source>
        <translation>1 varian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d variants</source>
        <translation>%d varian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s × %s × price unknown</source>
        <translation>%s × %s × harga tidak diketahui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo, not billed</source>
        <translation>demo, tidak ditagih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one scene (or paste a list, one scene per line) to run a series.</source>
        <translation>Tambahkan setidaknya satu adegan (atau tempel daftar, satu adegan per baris) untuk menjalankan seri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene %d is empty; Run series skips it.</source>
        <translation>Adegan %d kosong; Jalankan seri akan melewatinya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenes %s are empty; Run series skips them.</source>
        <translation>Adegan %s kosong; Jalankan seri akan melewatinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate every scene, %s each</source>
        <translation>Buat semua adegan, masing-masing %s</translation>
    </message>
</context>
<context>
    <name>SpecCheckDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_check_view.py" line="+38"/>
        <source>Check against spec — %s</source>
        <translation>Periksa terhadap spesifikasi — %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checked image</source>
        <translation>Gambar yang diperiksa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%d match · %d mismatch · %d unclear&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%d cocok · %d tidak cocok · %d tidak jelas&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trait checklist</source>
        <translation>Daftar ciri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trait</source>
        <translation>Ciri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>match</source>
        <translation>cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unclear</source>
        <translation>tidak jelas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered by %s%s. A model&apos;s opinion to guide your eye, not a measurement.</source>
        <translation>Dijawab oleh %s%s. Pendapat model untuk membantu mata Anda, bukan pengukuran.</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-342"/>
        <source>e.g. Little Orange</source>
        <extracomment>One-paragraph fields that wrap rather than scroll sideways (an art style is often a sentence). The two kinds of field editor, both with a placeholder.</extracomment>
        <translation>mis. Si Oranye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. flat illustration, clean outlines, no gradients</source>
        <translation>mis. ilustrasi datar, garis rapi, tanpa gradasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. about 7 years old</source>
        <translation>mis. sekitar 7 tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. girl</source>
        <translation>mis. anak perempuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, nose, cheeks, mouth…</source>
        <translation>bentuk, hidung, pipi, mulut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, colour, highlights, lashes…</source>
        <translation>bentuk, warna, kilau, bulu mata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour, length, style, ties…</source>
        <translation>warna, panjang, gaya, ikat rambut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone and undertone</source>
        <translation>warna dan corak kulit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build, height in heads, proportions</source>
        <translation>postur, tinggi dalam ukuran kepala, proporsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, Name: description (e.g. Everyday: orange pinafore)</source>
        <translation>Satu per baris, Nama: deskripsi (mis. Sehari-hari: celemek oranye)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>One per line</source>
        <translation>Satu per baris</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Birthmarks, scars, a missing tooth… one per line</source>
        <translation>Tanda lahir, bekas luka, gigi ompong… satu per baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traits that must appear in every image, one per line</source>
        <translation>Ciri yang harus ada di setiap gambar, satu per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to avoid, one per line</source>
        <translation>Hal yang harus dihindari, satu per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (not sent to the model)</source>
        <translation>Catatan pribadi (tidak dikirim ke model)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <extracomment>The core&apos;s field labels (`FIELD_LABELS`), marked here so that the translation tools find them; a test checks that this list and the core&apos;s stay the same.</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art style</source>
        <translation>Gaya gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender presentation</source>
        <translation>Presentasi gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face</source>
        <translation>Wajah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair</source>
        <translation>Rambut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin</source>
        <translation>Kulit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Tubuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfits</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Aksesori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinguishing marks</source>
        <translation>Tanda khas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style keywords</source>
        <translation>Kata kunci gaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Selalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jangan pernah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>SpecHistoryDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+81"/>
        <location line="+1"/>
        <source>Character spec history</source>
        <extracomment>(removed, added) word styles per palette: red strike-through and green, readable on either.</extracomment>
        <translation>Riwayat spesifikasi karakter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version to look at</source>
        <translation>Versi yang dilihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to compare with</source>
        <translation>Versi pembanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Differences between the versions</source>
        <translation>Perbedaan antarversi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Restore this version</source>
        <translation>Pulihkan versi ini</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close history</source>
        <translation>Tutup riwayat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} — {when}</source>
        <translation>Versi {number} — {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This character has no saved versions yet.</source>
        <translation>Karakter ini belum punya versi tersimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore version {number}</source>
        <translation>Pulihkan versi {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version {number} could not be read: {error}</source>
        <translation>Versi {number} tidak bisa dibaca: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the current version.</source>
        <translation>Ini versi saat ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No differences</source>
        <translation>Tidak ada perbedaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version {number}</source>
        <translation>Versi {number}</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../cutie_app/ui/window/status.py" line="+49"/>
        <source>Demo server — no key needed</source>
        <translation>Server demo — tidak perlu kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key</source>
        <translation>Tidak ada kunci API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: in keyring</source>
        <translation>Kunci: di keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: from the environment (%s)</source>
        <translation>Kunci: dari lingkungan (%s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where Cutie found your Gemini API key</source>
        <translation>Tempat Cutie menemukan kunci API Gemini Anda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project spend: $%.2f</source>
        <translation>Biaya proyek: $%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this session $%.2f)</source>
        <translation>(sesi ini $%.2f)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo, not billed</source>
        <translation>demo, tidak ditagih</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="-744"/>
        <source>Which steps?</source>
        <extracomment>Errors a worker may raise that are the user&apos;s to read, not a bug.</extracomment>
        <translation>Langkah yang mana?</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+321"/>
        <source>Anchor</source>
        <extracomment>The thumbnail-size slider&apos;s range (the decoded thumbnails are 256 px, so never blurry).</extracomment>
        <translation>Jangkar</translation>
    </message>
</context>
<context>
    <name>TurnCard</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+134"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message (sends a new branch)</source>
        <translation>Sunting pesan ini (mengirim cabang baru)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it as a new branch; nothing is overwritten</source>
        <translation>Ubah pesan ini dan kirim sebagai cabang baru; tidak ada yang ditimpa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$%.3f (demo, not billed)</source>
        <translation>$%.3f (demo, tidak ditagih)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%.3f</source>
        <translation>$%.3f</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image of this turn; click to continue from it</source>
        <translation>Gambar giliran ini; klik untuk melanjutkan darinya</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consistency %d %%</source>
        <translation>Konsistensi %d %%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %d %% like the first image</source>
        <translation> · %d %% mirip gambar pertama</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this turn again</source>
        <translation>Kirim giliran ini lagi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue from here</source>
        <translation>Lanjutkan dari sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next message edits this answer</source>
        <translation>Pesan Anda berikutnya menyunting jawaban ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before/after</source>
        <translation>Sebelum/sesudah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image against the one it edited: side by side, wipe, difference</source>
        <translation>Gambar ini dibandingkan dengan gambar yang disuntingnya: berdampingan, geser, selisih</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart from this image</source>
        <translation>Mulai ulang dari gambar ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh conversation with this image as its starting point</source>
        <translation>Percakapan baru dengan gambar ini sebagai titik awal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delivered · %d image(s)</source>
        <translation>diterima · %d gambar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked: %s</source>
        <translation>diblokir: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>diblokir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %s</source>
        <translation>gagal: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered with text only</source>
        <translation>hanya dijawab dengan teks</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="-58"/>
        <source>&lt;h3&gt;Welcome to Cutie&lt;/h3&gt;&lt;p&gt;Describe your character on the left, drop reference drawings in the middle, then generate variants and keep the best.&lt;/p&gt;&lt;p&gt;To generate with Google&apos;s Gemini image models, add your API key. Or try the demo: it draws placeholder images locally, with no key and no cost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Selamat datang di Cutie&lt;/h3&gt;&lt;p&gt;Jelaskan karakter Anda di kiri, letakkan gambar referensi di tengah, lalu buat varian dan simpan yang terbaik.&lt;/p&gt;&lt;p&gt;Untuk membuat gambar dengan model Gemini dari Google, tambahkan kunci API Anda. Atau coba demo: demo menggambar gambar contoh di komputer Anda, tanpa kunci dan tanpa biaya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Add your Gemini API key</source>
        <translation>Tambahkan kunci API Gemini Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
</context>
<context>
    <name>core.adjust</name>
    <message>
        <location filename="../../cutie_app/core/formats/look_file.py" line="+79"/>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+79"/>
        <source>The look uses the LUT “{name}”, which is not available.</source>
        <extracomment>The key and version that mark a look file. Longest LUT name kept from a file.</extracomment>
        <translation>Preset ini memakai LUT “{name}”, yang tidak tersedia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is {size} bytes; a look file may be at most {limit}</source>
        <translation>ukurannya {size} byte; berkas preset paling besar {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not valid JSON</source>
        <translation>bukan JSON yang valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a look file (not a JSON object)</source>
        <translation>bukan berkas preset (bukan objek JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was saved by a newer version of Cutie</source>
        <translation>disimpan oleh Cutie versi lebih baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its &apos;luts&apos; is not an object</source>
        <translation>&apos;luts&apos;-nya bukan objek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its embedded LUT {sha!r} is not filed under a SHA-256</source>
        <translation>LUT tersematnya {sha!r} tidak disimpan dengan SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its embedded LUT {sha} is not valid base64</source>
        <translation>LUT tersematnya {sha} bukan base64 yang valid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its embedded LUT {sha} does not match its hash</source>
        <translation>LUT tersematnya {sha} tidak cocok dengan hash-nya</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/adjust.py" line="+161"/>
        <location line="+6"/>
        <source>{name} has too many pixels to adjust safely.</source>
        <extracomment>Formats written as they came; anything else (GIF, BMP, ...) is written as PNG. Quality for lossy outputs (JPEG, WebP): visually lossless for a graded illustration. Rows per band for vignette and grain: bounds their float temporaries (~12 MB at 4096 px). White-balance gain at a warmth or tint of ±1, in stops, applied in linear light. Grain&apos;s standard deviation at amount 1, in 8-bit levels.</extracomment>
        <translation>{name} memiliki terlalu banyak piksel untuk disesuaikan dengan aman.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an image Cutie can read, or the file is damaged.</source>
        <translation>{name} bukan gambar yang dapat dibaca Cutie, atau berkasnya rusak.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} has 32-bit pixel values, which Cutie can&apos;t adjust.</source>
        <translation>{name} memiliki nilai piksel 32-bit, yang tidak dapat disesuaikan Cutie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>converted from 16-bit to 8-bit</source>
        <translation>dikonversi dari 16-bit ke 8-bit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from {mode} to RGB</source>
        <translation>dikonversi dari {mode} ke RGB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} uses pixel mode {mode}, which Cutie can&apos;t adjust.</source>
        <translation>{name} memakai mode piksel {mode}, yang tidak dapat disesuaikan Cutie.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nothing to change</source>
        <translation>tidak ada yang diubah</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The adjustments use {name} (SHA-256 {sha256}…), but its .cube file is not available.</source>
        <translation>Penyesuaian ini memakai {name} (SHA-256 {sha256}…), tetapi berkas .cube-nya tidak tersedia.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/colour_match.py" line="+76"/>
        <source>The image is fully transparent, so it has no colours to match.</source>
        <extracomment>Longest side of the copy that statistics are measured on. Pixels less opaque than this (0-255) are not part of the picture. The per-channel scale is kept within [1 / MAX_SCALE, MAX_SCALE]. Side of the table the transform is baked into.</extracomment>
        <translation>Gambar ini sepenuhnya transparan, jadi tidak ada warna yang bisa disamakan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/effect.py" line="+89"/>
        <source>Brightness unchanged</source>
        <extracomment>Both pictures are measured at most this large (the figures are averages; size adds nothing). Ratios within this of 1 read as &quot;unchanged&quot;; Lab shifts within `SHIFT_STEADY` as &quot;no shift&quot;.</extracomment>
        <translation>Kecerahan tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness about {percent:.0f} % of the original</source>
        <translation>Kecerahan sekitar {percent:.0f} % dari aslinya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrast unchanged</source>
        <translation>kontras tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contrast about {percent:.0f} % of the original</source>
        <translation>kontras sekitar {percent:.0f} % dari aslinya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour saturation unchanged</source>
        <translation>saturasi warna tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour saturation about {percent:.0f} % of the original</source>
        <translation>saturasi warna sekitar {percent:.0f} % dari aslinya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warmer (CIELAB b* {value:+.0f})</source>
        <translation>lebih hangat (CIELAB b* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooler (CIELAB b* {value:+.0f})</source>
        <translation>lebih dingin (CIELAB b* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more magenta (CIELAB a* {value:+.0f})</source>
        <translation>lebih magenta (CIELAB a* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greener (CIELAB a* {value:+.0f})</source>
        <translation>lebih hijau (CIELAB a* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {first} and {second}</source>
        <translation>warna {first} dan {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {shift}</source>
        <translation>warna {shift}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour balance unchanged</source>
        <translation>keseimbangan warna tidak berubah</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/lut.py" line="+76"/>
        <source>{name} is {size:.0f} MB, too large to be a .cube file.</source>
        <extracomment>A 65³ table is about 8 MB of text; anything far larger is not a .cube file.</extracomment>
        <translation>{name} berukuran {size:.0f} MB, terlalu besar untuk sebuah berkas .cube.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a text .cube file (byte {byte} is not UTF-8).</source>
        <translation>{name} bukan berkas .cube berupa teks (byte {byte} bukan UTF-8).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>table data before LUT_1D_SIZE or LUT_3D_SIZE</source>
        <translation>data tabel muncul sebelum LUT_1D_SIZE atau LUT_3D_SIZE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more entries than the {expected} that the size declares</source>
        <translation>entri lebih banyak dari {expected} yang dinyatakan ukurannya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyword {head} after the table data started</source>
        <translation>kata kunci {head} muncul setelah data tabel dimulai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} appears twice</source>
        <translation>{keyword} muncul dua kali</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a file can hold a 1D or a 3D table, not both</source>
        <translation>sebuah berkas bisa berisi tabel 1D atau 3D, tidak keduanya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} needs a whole number, not {rest!r}</source>
        <translation>{keyword} memerlukan bilangan bulat, bukan {rest!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{keyword} {size} is out of range (2 to {limit})</source>
        <translation>{keyword} {size} di luar rentang (2 sampai {limit})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unsupported keyword {head}</source>
        <translation>kata kunci {head} tidak didukung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, baris {line}: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has no LUT_1D_SIZE or LUT_3D_SIZE line; is it a .cube file?</source>
        <translation>{name} tidak memiliki baris LUT_1D_SIZE atau LUT_3D_SIZE; apakah ini berkas .cube?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has {found} table entries, but its size declares {expected}.</source>
        <translation>{name} memiliki {found} entri tabel, tetapi ukurannya menyatakan {expected}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the {colour} domain is empty (DOMAIN_MIN {domain_min:g} is not below DOMAIN_MAX {domain_max:g}).</source>
        <translation>{name}: domain {colour} kosong (DOMAIN_MIN {domain_min:g} tidak lebih kecil dari DOMAIN_MAX {domain_max:g}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{keyword} needs {count} numbers</source>
        <translation>{keyword} memerlukan {count} angka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected {count} numbers</source>
        <translation>seharusnya {count} angka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{needs}, found {found} ({text!r})</source>
        <translation>{needs}, ditemukan {found} ({text!r})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{needs}, found {text!r}</source>
        <translation>{needs}, ditemukan {text!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbers must be finite, found {text!r}</source>
        <translation>angka harus terhingga, ditemukan {text!r}</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-418"/>
        <source>Curves x</source>
        <extracomment>The version written into serialised stacks and looks; `from_dict` reads this and older.</extracomment>
        <translation>Kurva x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curves y</source>
        <translation>Kurva y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be a number, not {value!r}.</source>
        <translation>{what} harus berupa angka, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be between {low:g} and {high:g}, not {value!r}.</source>
        <translation>{what} harus di antara {low:g} dan {high:g}, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{step}: &apos;enabled&apos; must be true or false.</source>
        <extracomment>What the amount means, for messages and the pane&apos;s tooltips.</extracomment>
        <translation>{step}: &apos;enabled&apos; harus true atau false.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{step}: {error}</source>
        <translation>{step}: {error}</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+2"/>
        <source>Levels {setting}</source>
        <translation>Level {setting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: the white point must be above the black point.</source>
        <translation>Level: titik putih harus di atas titik hitam.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Curves: points must be a list of [x, y] pairs.</source>
        <translation>Kurva: titik harus berupa daftar pasangan [x, y].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Curves: {point!r} is not an [x, y] pair.</source>
        <translation>Kurva: {point!r} bukan pasangan [x, y].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves: a curve needs at least two points.</source>
        <translation>Kurva: sebuah kurva memerlukan setidaknya dua titik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curves: two points have the same x.</source>
        <translation>Kurva: dua titik memiliki x yang sama.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Curves: channel must be one of {choices}.</source>
        <translation>Kurva: kanal harus salah satu dari {choices}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LUT: {sha256!r} is not the SHA-256 of a .cube file.</source>
        <translation>LUT: {sha256!r} bukan SHA-256 sebuah berkas .cube.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT: the name must be text.</source>
        <translation>LUT: nama harus berupa teks.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour statistics: {name} must be three numbers.</source>
        <translation>Statistik warna: {name} harus berupa tiga angka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour statistics {setting}</source>
        <translation>Statistik warna {setting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour statistics must be an object with &apos;mean&apos; and &apos;std&apos;.</source>
        <translation>Statistik warna harus berupa objek dengan &apos;mean&apos; dan &apos;std&apos;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Colour match: anchor_sha256 must be text.</source>
        <translation>Samakan warna: anchor_sha256 harus berupa teks.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vignette midpoint</source>
        <translation>Titik tengah vinyet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Grain: the seed must be a whole number from 0 to {limit}.</source>
        <translation>Butiran: seed harus berupa bilangan bulat 0 sampai {limit}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An adjustment step must be an object, not {data!r}.</source>
        <translation>Langkah penyesuaian harus berupa objek, bukan {data!r}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adjustment step has no &apos;kind&apos;.</source>
        <translation>Langkah penyesuaian tidak memiliki &apos;kind&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown adjustment {kind!r}: it was probably made by a newer version of Cutie.</source>
        <translation>Penyesuaian tidak dikenal {kind!r}: mungkin dibuat oleh Cutie versi lebih baru.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{step!r} is not an adjustment step.</source>
        <translation>{step!r} bukan langkah penyesuaian.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no step {index} in a stack of {count}.</source>
        <translation>Tidak ada langkah {index} dalam daftar berisi {count}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The amount</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An adjustment stack must be an object with a list of steps.</source>
        <translation>Daftar penyesuaian harus berupa objek dengan daftar langkah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adjustment stack</source>
        <translation>daftar penyesuaian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adjustment stack&apos;s &apos;steps&apos; must be a list.</source>
        <translation>&apos;steps&apos; pada daftar penyesuaian harus berupa daftar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: {error}</source>
        <translation>Langkah {number}: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {what} has an unreadable version ({version!r}).</source>
        <translation>Versi {what} ini tidak dapat dibaca ({version!r}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {what} was saved by a newer version of Cutie (format {version}); update Cutie to open it.</source>
        <translation>{what} ini disimpan oleh Cutie versi lebih baru (format {version}); perbarui Cutie untuk membukanya.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A look needs a name.</source>
        <translation>Preset memerlukan nama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A look&apos;s name can be at most 120 characters long.</source>
        <translation>Nama preset paling panjang 120 karakter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A look&apos;s amount</source>
        <translation>Kekuatan preset</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A look must be an object with a name and a stack.</source>
        <translation>Preset harus berupa objek dengan nama dan daftar penyesuaian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust.py" line="+143"/>
        <source>{first} and {path} would both be written to {dest}; adjust them separately.</source>
        <extracomment>Never more workers than this by default: each holds a full-size image or two (~250 MB at 4K). How often the waiting thread looks at the cancel signal, in seconds.</extracomment>
        <translation>{first} dan {path} sama-sama akan ditulis ke {dest}; sesuaikan secara terpisah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{dest} is the input itself; choose another output folder.</source>
        <translation>{dest} adalah masukannya sendiri; pilih folder keluaran lain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} already exists; nothing was written.</source>
        <translation>{name} sudah ada; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These files already exist ({count} in all); nothing was written: {names}.</source>
        <translation>Berkas-berkas ini sudah ada ({count} seluruhnya); tidak ada yang ditulis: {names}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+336"/>
        <location line="+156"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>{path} tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} tidak dapat ditulis: {error}.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The worker adjusting this image stopped unexpectedly (out of memory?).</source>
        <extracomment>The batch a job belongs to: set by the pool initializer in a worker process (whose jobs run on its main thread), or around the loop when a batch runs in the caller&apos;s thread.</extracomment>
        <translation>Proses yang menyesuaikan gambar ini berhenti tiba-tiba (kehabisan memori?).</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="+137"/>
        <source>The LUT “{name}” is not in this project any more.</source>
        <translation>LUT “{name}” sudah tidak ada di proyek ini.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The project has no anchor image to match; set one first.</source>
        <translation>Proyek tidak memiliki gambar jangkar untuk disamakan; tetapkan dulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The anchor image can&apos;t be read: {error}.</source>
        <translation>Gambar jangkar tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anchor image</source>
        <translation>Gambar jangkar</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="-30"/>
        <source>{name} can&apos;t be read: {error}.</source>
        <extracomment>Previews are rendered no larger than this on their longest side (a 4K screen&apos;s width). The image the opened one was made from (an edit or an adjusted version), if any.</extracomment>
        <translation>{name} tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} is larger than a look file may be.</source>
        <translation>Ukuran {path} melebihi batas berkas preset.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a look file Cutie can read: {error}.</source>
        <translation>{path} bukan berkas preset yang bisa dibaca Cutie: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An embedded LUT</source>
        <translation>LUT tersemat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the embedded LUT “{name}” is damaged ({error}).</source>
        <translation>{path}: LUT tersemat “{name}” rusak ({error}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no look called “{name}”.</source>
        <translation>Tidak ada preset bernama “{name}”.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_ai.py" line="+67"/>
        <source>Image #{id} can&apos;t be read: {error}.</source>
        <extracomment>The scene the made variants are saved under, so the gallery can group them.</extracomment>
        <translation>Gambar #{id} tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image #{id} is not a version of another image, so there is no effect to measure. Pick the approved result of an edit.</source>
        <translation>Gambar #{id} bukan versi dari gambar lain, jadi tidak ada efek yang bisa diukur. Pilih hasil suntingan yang sudah disetujui.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} can&apos;t be sent: {error}.</source>
        <translation>{name} tidak dapat dikirim: {error}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+46"/>
        <source>The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12).</source>
        <extracomment>The named selections `select_image_ids` understands (anything else is a list of ids).</extracomment>
        <translation>Pilihan {selection!r} bukan picks, rated, all, atau daftar nomor gambar (3,7,12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This project has no image {ids}.</source>
        <translation>Proyek ini tidak memiliki gambar {ids}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="+222"/>
        <location line="+76"/>
        <location line="+86"/>
        <source>it is larger than a look file may be</source>
        <translation>ukurannya melebihi batas berkas preset</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/untrusted.py" line="+145"/>
        <source>it is larger than {limit} MiB</source>
        <extracomment>(table, column, folder) of every column whose value is a file name inside the project.</extracomment>
        <translation>ukurannya lebih dari {limit} MiB</translation>
    </message>
</context>
<context>
    <name>core.conversation</name>
    <message>
        <location filename="../../cutie_app/core/model/conversation.py" line="+174"/>
        <source>Only the last exchange of a branch can be removed.</source>
        <extracomment>Project image rows made from this turn (a project conversation; empty in a folder). Consistency of this turn&apos;s image (see `services.conversation.DriftReport.to_dict`). SHA-256 of `content` as stored, so a model turn edited after saving is noticed before its (now invalid) thought signatures are sent; &quot;&quot; for turns saved before it existed.</extracomment>
        <translation>Hanya pertukaran terakhir sebuah cabang yang bisa dihapus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No turn {turn!r} in this conversation.</source>
        <translation>Tidak ada giliran {turn!r} dalam percakapan ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{turn!r} matches several turns; type more of its id.</source>
        <translation>{turn!r} cocok dengan beberapa giliran; ketik lebih banyak dari id-nya.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new message must follow a model turn.</source>
        <translation>Pesan baru harus menyusul giliran model.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This conversation was saved by a newer version of Cutie; update Cutie.</source>
        <translation>Percakapan ini disimpan oleh Cutie versi lebih baru; perbarui Cutie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No conversation in {folder}; start one with --new.</source>
        <translation>Tidak ada percakapan di {folder}; mulai dengan --new.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {error}</source>
        <translation>{name} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} rusak ({error}).</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/turn_limits.py" line="+61"/>
        <source>The next turn sends {images} of at most {max_images} input images and {size:.1f} MB of at most {limit:.0f} MB.</source>
        <extracomment>Warn when the next turn would take the request above this share of a limit.</extracomment>
        <translation>Giliran berikutnya mengirim {images} dari paling banyak {max_images} gambar masukan dan {size:.1f} MB dari paling besar {limit:.0f} MB.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/conversation.py" line="+282"/>
        <source>palette further from the spec</source>
        <extracomment>An edit whose consistency score falls this much below its parent&apos;s is pointed out. The label the starting image carries in the first request (and its recipe).</extracomment>
        <translation>palet warnanya makin jauh dari spesifikasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shapes and colours further from the anchor</source>
        <translation>bentuk dan warnanya makin jauh dari jangkar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edit drifted from the character: {why} (consistency {before} % → {after} %).</source>
        <translation>Suntingan ini menyimpang dari karakter: {why} (konsistensi {before} % → {after} %).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This edit drifted from where the conversation started: it looks less like the first image ({before} % → {after} % similar).</source>
        <translation>Suntingan ini menyimpang dari awal percakapan: gambarnya kurang mirip dengan gambar pertama ({before} % → {after} % mirip).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No single conversation {prefix!r} in this project (it has: {ids}).</source>
        <translation>Tidak ada satu percakapan {prefix!r} pun di proyek ini (yang ada: {ids}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This project has no anchor yet; set one first.</source>
        <translation>Proyek ini belum punya jangkar; tetapkan dulu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That turn has no saved image to restart from; pick a turn with a picture.</source>
        <translation>Giliran itu tidak punya gambar tersimpan untuk memulai ulang; pilih giliran yang ada gambarnya.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to send</source>
        <translation>Tidak ada yang dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what to change first.</source>
        <translation>Ketik dulu apa yang ingin diubah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many or too few tries</source>
        <translation>Percobaan terlalu banyak atau terlalu sedikit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send between 1 and {limit} tries at once, not {tries}.</source>
        <translation>Kirim 1 sampai {limit} percobaan sekaligus, bukan {tries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each try is one request, billed on its own.</source>
        <translation>Setiap percobaan adalah satu permintaan yang ditagih terpisah.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only your own messages can be edited.</source>
        <translation>Hanya pesan Anda sendiri yang bisa disunting.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a model turn to retry.</source>
        <translation>Pilih giliran model untuk dicoba ulang.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This conversation could not be continued: a model turn was changed after it was saved, so its thought signatures would be refused. Branch from an earlier turn, or restart from its image.</source>
        <translation>Percakapan ini tidak dapat dilanjutkan: sebuah giliran model diubah setelah disimpan, jadi tanda tangan pemikirannya akan ditolak. Buat cabang dari giliran sebelumnya, atau mulai ulang dari gambarnya.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This conversation has grown too large</source>
        <translation>Percakapan ini sudah terlalu besar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{budget} The model would refuse it.</source>
        <translation>{budget} Model akan menolaknya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart from this image: a fresh conversation with this picture as its starting point.</source>
        <translation>Mulai ulang dari gambar ini: percakapan baru dengan gambar ini sebagai titik awalnya.</translation>
    </message>
</context>
<context>
    <name>core.errors</name>
    <message>
        <location filename="../../cutie_app/core/model/errors.py" line="+18"/>
        <source>Gemini image models have no seed. To keep a character consistent, add reference images (front, side, back), promote your best result to the anchor, and generate several variants to pick from.</source>
        <translation>Model gambar Gemini tidak memakai seed. Agar karakter tetap konsisten, tambahkan gambar referensi (depan, samping, belakang), jadikan hasil terbaik Anda sebagai jangkar, lalu buat beberapa varian untuk dipilih.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cutie needs your Gemini API key to generate images.</source>
        <translation>Cutie memerlukan kunci API Gemini Anda untuk membuat gambar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation} {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Gemini API key</source>
        <translation>Belum ada kunci API Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the key in Preferences (it is stored in your system keyring), or set GEMINI_API_KEY. To try Cutie without a key, use the demo mode (cutie --demo).</source>
        <translation>Tambahkan kunci di Preferensi (disimpan di keyring sistem Anda), atau atur GEMINI_API_KEY. Untuk mencoba Cutie tanpa kunci, gunakan mode demo (cutie --demo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cancelled this request.</source>
        <translation>Anda membatalkan permintaan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google may still have made and billed it (outcome unknown).</source>
        <translation>Google mungkin tetap membuatnya dan menagihnya (hasilnya tidak diketahui).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{sentence} {billed}</source>
        <translation>{sentence} {billed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer was cut off</source>
        <translation>Jawaban terputus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sent an answer, but the connection broke before all of it arrived, even after retrying.</source>
        <translation>Google mengirim jawaban, tetapi koneksi terputus sebelum semuanya tiba, bahkan setelah dicoba ulang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If answers keep breaking off, something between you and Google (a proxy, VPN or unstable link) is ending long downloads; a smaller size helps.</source>
        <translation>Coba lagi. Jika jawaban terus terputus, ada sesuatu di antara Anda dan Google (proxy, VPN, atau jaringan yang tidak stabil) yang memutus unduhan panjang; ukuran yang lebih kecil membantu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google did not finish the image within {seconds:.0f} seconds. Large (4K) images can take minutes.</source>
        <translation>Google tidak menyelesaikan gambar dalam {seconds:.0f} detik. Gambar besar (4K) bisa memakan waktu beberapa menit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google did not finish the image. Large (4K) images can take minutes.</source>
        <translation>Google tidak menyelesaikan gambar. Gambar besar (4K) bisa memakan waktu beberapa menit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request timed out</source>
        <translation>Permintaan melewati batas waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again, pick a smaller size, or raise the timeout in Preferences.</source>
        <translation>Coba lagi, pilih ukuran yang lebih kecil, atau naikkan batas waktu di Preferensi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection closed before the answer arrived</source>
        <translation>Koneksi tertutup sebelum jawaban tiba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request reached Google, but the connection closed before any answer came back.</source>
        <translation>Permintaan sudah sampai ke Google, tetapi koneksi tertutup sebelum ada jawaban yang kembali.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again. If it keeps happening, a proxy or VPN may be closing the connection.</source>
        <translation>Coba lagi. Jika terus terjadi, mungkin proxy atau VPN yang menutup koneksi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach Google</source>
        <translation>Tidak dapat menghubungi Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not connect to the Gemini service. Your project is safe and works offline.</source>
        <translation>Cutie tidak dapat terhubung ke layanan Gemini. Proyek Anda aman dan tetap bisa dipakai secara luring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your internet connection (and the endpoint in Preferences, if you changed it), then retry.</source>
        <translation>Periksa koneksi internet Anda (dan endpoint di Preferensi, jika Anda mengubahnya), lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model does not take a seed</source>
        <translation>Model ini tidak menerima seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model} refused the seed, so Cutie sent the request again without it and will not send a seed to this model again.</source>
        <translation>{model} menolak seed, jadi Cutie mengirim ulang permintaan tanpa seed dan tidak akan mengirim seed ke model ini lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick another model from the list.</source>
        <translation>Pilih model lain dari daftar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}.</source>
        <translation>Beralihlah ke {model}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google shut down {model} on {date}; it no longer answers requests.</source>
        <translation>Google menghentikan {model} pada {date}; model itu tidak lagi menjawab permintaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google shut down {model}; it no longer answers requests.</source>
        <translation>Google menghentikan {model}; model itu tidak lagi menjawab permintaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} is shut down</source>
        <translation>{model} sudah dihentikan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key was not accepted</source>
        <translation>Kunci API tidak diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google says this API key is not valid.</source>
        <translation>Google menyatakan kunci API ini tidak valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key again from Google AI Studio and save it in Preferences, then use Test key.</source>
        <translation>Salin lagi kunci dari Google AI Studio dan simpan di Preferensi, lalu gunakan Uji kunci.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request was too large</source>
        <translation>Permintaan terlalu besar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request because it was larger than it accepts (100 MB with every reference image and the conversation so far).</source>
        <translation>Google menolak permintaan ini karena melebihi ukuran yang diterima (100 MB termasuk semua gambar referensi dan percakapan sejauh ini).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove some reference images, or start a new conversation from the latest image.</source>
        <translation>Hapus beberapa gambar referensi, atau mulai percakapan baru dari gambar terbaru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google could not read an input image</source>
        <translation>Google tidak dapat membaca salah satu gambar masukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the images sent with the request (a reference or an earlier picture) is damaged or of a type the model does not take.</source>
        <translation>Salah satu gambar yang dikirim bersama permintaan (referensi atau gambar sebelumnya) rusak atau jenisnya tidak diterima model.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the reference and add it again (Cutie converts it), or use a PNG or JPEG.</source>
        <translation>Hapus referensinya lalu tambahkan lagi (Cutie akan mengonversinya), atau gunakan PNG atau JPEG.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation could not be continued</source>
        <translation>Percakapan tidak dapat dilanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google requires the model&apos;s earlier turns to be sent back exactly as they came, and one of them was missing or altered (its thought signature did not match).</source>
        <translation>Google mewajibkan giliran model sebelumnya dikirim kembali persis seperti aslinya, dan salah satunya hilang atau berubah (tanda tangan pemikirannya tidak cocok).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new conversation from this image, or branch from an earlier turn.</source>
        <translation>Mulai percakapan baru dari gambar ini, atau buat cabang dari giliran sebelumnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image generation is not available in your region</source>
        <translation>Pembuatan gambar tidak tersedia di wilayah Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer Gemini image generation where this request came from.</source>
        <translation>Google tidak menyediakan pembuatan gambar Gemini di lokasi asal permintaan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a restriction of Google&apos;s service, not of Cutie or your key.</source>
        <translation>Ini adalah batasan layanan Google, bukan Cutie atau kunci Anda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model not found</source>
        <translation>Model tidak ditemukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer {model} (it may have been renamed or shut down).</source>
        <translation>Google tidak menyediakan {model} (mungkin sudah berganti nama atau dihentikan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another model from the model list.</source>
        <translation>Pilih model lain dari daftar model.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota reached</source>
        <translation>Kuota tercapai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is refusing more requests for now: your project hit its rate limit or spending quota (limits are per Google Cloud project, not per key).</source>
        <translation>Google menolak permintaan tambahan untuk sementara: proyek Anda mencapai batas laju atau kuota pengeluaran (batasnya per proyek Google Cloud, bukan per kunci).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait a minute and retry, lower the number of parallel requests, or check billing in Google AI Studio.</source>
        <translation>Tunggu sebentar lalu coba lagi, kurangi jumlah permintaan paralel, atau periksa penagihan di Google AI Studio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access denied</source>
        <translation>Akses ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused this key for image generation (no key sent, the key lacks permission, or billing is not enabled; image generation is pay-as-you-go).</source>
        <translation>Google menolak kunci ini untuk membuat gambar (tidak ada kunci yang dikirim, kunci tidak punya izin, atau penagihan belum diaktifkan; pembuatan gambar dibayar sesuai pemakaian).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the key and that billing is enabled for its project in Google AI Studio.</source>
        <translation>Periksa kuncinya dan pastikan penagihan aktif untuk proyeknya di Google AI Studio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google&apos;s image service is overloaded</source>
        <translation>Layanan gambar Google sedang kelebihan beban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stayed busy after several automatic retries. This happens most with 4K images.</source>
        <translation>Model tetap sibuk setelah beberapa kali dicoba ulang otomatis. Ini paling sering terjadi pada gambar 4K.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again in a few minutes, or pick a smaller size.</source>
        <translation>Coba lagi beberapa menit lagi, atau pilih ukuran yang lebih kecil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google had an internal error</source>
        <translation>Google mengalami kesalahan internal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed while making this image, even after automatic retries.</source>
        <translation>Layanan gagal saat membuat gambar ini, bahkan setelah dicoba ulang otomatis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry in a moment. If it keeps happening, copy the details for a bug report.</source>
        <translation>Coba lagi sebentar lagi. Jika terus terjadi, salin rinciannya untuk laporan bug.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model makes one image per request; Cutie sends one request per variant.</source>
        <translation>Model ini membuat satu gambar per permintaan; Cutie mengirim satu permintaan per varian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the request as invalid.</source>
        <translation>Google menolak permintaan ini karena dianggap tidak valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was refused</source>
        <translation>Permintaan ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the details; if the settings look right, the model may have changed what it accepts.</source>
        <translation>Periksa rinciannya; jika pengaturannya tampak benar, mungkin model telah mengubah apa yang diterimanya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint did not answer like the Gemini API</source>
        <translation>Endpoint itu tidak menjawab seperti Gemini API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered, but it has no Gemini model list.</source>
        <translation>Alamat itu menjawab, tetapi tidak memiliki daftar model Gemini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the endpoint override in Preferences, or leave it empty to use Google&apos;s.</source>
        <translation>Periksa pengganti endpoint di Preferensi, atau kosongkan untuk memakai milik Google.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocked by Google&apos;s image safety filter</source>
        <translation>Diblokir oleh filter keamanan gambar Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was made but withheld because it tripped Google&apos;s safety filter.</source>
        <translation>Gambar sudah dibuat tetapi ditahan karena memicu filter keamanan Google.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked as prohibited content</source>
        <translation>Diblokir sebagai konten terlarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image under its prohibited-use policy.</source>
        <translation>Google menahan gambar ini berdasarkan kebijakan penggunaan terlarangnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked as too close to existing material</source>
        <translation>Diblokir karena terlalu mirip dengan karya yang sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image because it resembled protected material too closely.</source>
        <translation>Google menahan gambar ini karena terlalu mirip dengan karya yang dilindungi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was withheld</source>
        <translation>Gambar ditahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image for an unspecified reason.</source>
        <translation>Google menahan gambar ini tanpa menyebut alasannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>No image was made</source>
        <translation>Tidak ada gambar yang dibuat</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The model was expected to draw an image but did not.</source>
        <translation>Model seharusnya menggambar sebuah gambar, tetapi tidak melakukannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rephrase the scene (avoid real people, violence or suggestive wording) or change a reference image. Blocked requests may still be billed.</source>
        <translation>Ubah kalimat adegannya (hindari orang sungguhan, kekerasan, atau kata-kata yang sugestif) atau ganti gambar referensi. Permintaan yang diblokir mungkin tetap ditagih.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The prompt was blocked</source>
        <translation>Prompt diblokir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request before drawing anything ({reason}).</source>
        <translation>Google menolak permintaan ini sebelum menggambar apa pun ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again or rephrase the scene.</source>
        <translation>Coba lagi atau ubah kalimat adegannya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocked by Google&apos;s safety filter</source>
        <translation>Diblokir oleh filter keamanan Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google stopped the answer ({reason}).</source>
        <translation>Google menghentikan jawabannya ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model answered in words only</source>
        <translation>Model hanya menjawab dengan kata-kata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It replied: &quot;{text}&quot;</source>
        <translation>Jawabannya: &quot;{text}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the picture explicitly (for example start with &apos;Draw&apos; or &apos;Generate an image of&apos;).</source>
        <translation>Minta gambarnya secara jelas (misalnya mulai dengan &apos;Draw&apos; atau &apos;Generate an image of&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer held neither an image nor an explanation (finish reason {reason}).</source>
        <translation>Jawabannya tidak berisi gambar maupun penjelasan (alasan selesai {reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer held neither an image nor an explanation.</source>
        <translation>Jawabannya tidak berisi gambar maupun penjelasan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again.</source>
        <translation>Coba lagi.</translation>
    </message>
</context>
<context>
    <name>core.export</name>
    <message>
        <location filename="../../cutie_app/core/services/export.py" line="+67"/>
        <source>Cannot create the export folder</source>
        <extracomment>Tried after the plain name before giving up on an image (&quot;name-2.png&quot; ... &quot;name-999.png&quot;).</extracomment>
        <translation>Folder ekspor tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}.</source>
        <translation>Cutie tidak dapat membuat {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another folder, or check its permissions.</source>
        <translation>Pilih folder lain, atau periksa izinnya.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+146"/>
        <source>Images exported to {folder}: {count}.</source>
        <translation>Gambar yang diekspor ke {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed so as not to overwrite a different file of the same name: {count}.</source>
        <translation>Diganti nama agar tidak menimpa berkas lain yang bernama sama: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+18"/>
        <source>Images NOT exported: {count}.</source>
        <translation>Gambar yang TIDAK diekspor: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  #{id} {file}: {problem}</source>
        <translation>  #{id} {file}: {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+92"/>
        <source>There is no such image in this project.</source>
        <translation>Gambar itu tidak ada di proyek ini.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+64"/>
        <source>The image file is missing from the project (images/{file}); restore it from a backup, then export again.</source>
        <translation>Berkas gambar ini hilang dari proyek (images/{file}); pulihkan dari cadangan, lalu ekspor lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+8"/>
        <source>The image file could not be read: {error}.</source>
        <translation>Berkas gambar tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image has no recipe (it was recovered without one).</source>
        <translation>Gambar ini tidak punya resep (dipulihkan tanpa resep).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recipe was left out: {error}.</source>
        <translation>Resepnya tidak disertakan: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+44"/>
        <source>Could not write {name}: {error}.</source>
        <translation>{name} tidak dapat ditulis: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The export folder already holds {count} different files named like {name}.</source>
        <translation>Folder ekspor sudah berisi {count} berkas berbeda yang bernama seperti {name}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/export_copies.py" line="-313"/>
        <source>the project&apos;s name</source>
        <extracomment>The fields a naming pattern may use, and what they stand for.</extracomment>
        <translation>nama proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position in this export, 1, 2, 3... (zero-padded)</source>
        <translation>urutan dalam ekspor ini, 1, 2, 3... (dengan nol di depan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s number in the project</source>
        <translation>nomor gambar di proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s scene</source>
        <translation>adegan gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stars, 0-5</source>
        <translation>bintangnya, 0-5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was made, 2026-03-01</source>
        <translation>tanggal pembuatannya, 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its file name in the project, without the extension</source>
        <translation>nama berkasnya di proyek, tanpa ekstensi</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rejected images left out: {count}.</source>
        <translation>Gambar yang ditolak dan tidak diikutkan: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before the end; the files written so far are kept.</source>
        <translation>Dibatalkan sebelum selesai; berkas yang sudah ditulis tetap disimpan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  #{id}: {problem}</source>
        <translation>  #{id}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The naming pattern is empty.</source>
        <translation>Pola nama kosong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern has an unmatched {open} or {close}.</source>
        <translation>Pola nama memiliki {open} atau {close} tanpa pasangan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The naming pattern uses {field}, which Cutie does not know; use {known}.</source>
        <translation>Pola nama memakai {field}, yang tidak dikenal Cutie; gunakan {known}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern needs {n}, {id} or {name}, so that every image gets its own name.</source>
        <translation>Pola nama memerlukan {n}, {id}, atau {name}, agar setiap gambar punya nama sendiri.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The image could not be converted: {error}.</source>
        <translation>Gambar tidak dapat dikonversi: {error}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The export folder already holds {count} files named like {stem}{suffix}.</source>
        <translation>Folder ekspor sudah berisi {count} berkas bernama seperti {stem}{suffix}.</translation>
    </message>
</context>
<context>
    <name>core.generate</name>
    <message>
        <location filename="../../cutie_app/core/genai/engine.py" line="+548"/>
        <source>No model to check with</source>
        <translation>Tidak ada model untuk pemeriksaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs a Gemini text model, and none is named for it.</source>
        <translation>Pemeriksaan memerlukan model teks Gemini, dan belum ada yang ditentukan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model for the check, or update Cutie.</source>
        <translation>Pilih model untuk pemeriksaan, atau perbarui Cutie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to check</source>
        <translation>Tidak ada gambar untuk diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs one picture (PNG, JPEG or WebP).</source>
        <translation>Pemeriksaan memerlukan satu gambar (PNG, JPEG, atau WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an image, then check it again.</source>
        <translation>Pilih sebuah gambar, lalu periksa lagi.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The check model is not offered</source>
        <translation>Model pemeriksaan tidak lagi tersedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer offers {model}, the model Cutie checks images with, and lists no Gemini Flash text model to use instead.</source>
        <translation>Google tidak lagi menyediakan {model}, model yang dipakai Cutie untuk memeriksa gambar, dan tidak mencantumkan model teks Gemini Flash penggantinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to get a current check model.</source>
        <translation>Perbarui Cutie untuk mendapatkan model pemeriksaan terbaru.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../cutie_app/core/model/validation.py" line="+394"/>
        <source>Reference {number}</source>
        <translation>Referensi {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reference could not be made small enough</source>
        <translation>Sebuah referensi tidak dapat diperkecil secukupnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove some references so the others can be sent as they are.</source>
        <translation>Hapus beberapa referensi agar sisanya bisa dikirim apa adanya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong in Cutie</source>
        <translation>Ada yang salah di Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request failed because of an error in Cutie itself; your project is safe.</source>
        <translation>Permintaan ini gagal karena kesalahan di Cutie sendiri; proyek Anda aman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please copy the details into a bug report.</source>
        <translation>Salin rinciannya ke laporan bug.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/consistency.py" line="+200"/>
        <source>{colour!r} is not a hex colour like #FF8C00</source>
        <extracomment>The formula&apos;s version; stored with each score so a changed formula makes old scores stale. Images are analysed at most this many pixels on their longer side. Pixels less opaque than this (0-255) are ignored: they are not part of the picture. Images declaring more pixels than this are refused before decoding (decompression bombs). How many dominant colours an image is summarised by, and how many boxes median cut makes first. A dominant colour covering this share of the visible pixels counts fully as &quot;present&quot;. ΔE00 at or below which a colour matches fully, and at or above which it does not match at all. The difference hash&apos;s grid side (bits per direction: HASH_SIZE²). A grey step smaller than this (0-255) is &quot;flat&quot;, so noise in flat areas doesn&apos;t flip bits. Soft histogram bins along L*, a*, b*, and the ranges they cover. Weights of the documented formula. What transparent areas count as for the grey (structure) summary: white paper.</extracomment>
        <translation>{colour!r} bukan warna heksadesimal seperti #FF8C00</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the image</source>
        <translation>gambar ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot score {name}: it is not an image Cutie can read (it may be damaged or incomplete).</source>
        <translation>Tidak dapat menilai {name}: Cutie tidak dapat membaca gambarnya (mungkin rusak atau tidak lengkap).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot score {name}: it declares an enormous picture (more than {limit:,} pixels), so it was not opened.</source>
        <translation>Tidak dapat menilai {name}: gambarnya menyatakan ukuran sangat besar (lebih dari {limit:,} piksel), jadi tidak dibuka.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The palette is empty, so there is nothing to compare the image with.</source>
        <translation>Palet warnanya kosong, jadi tidak ada pembanding untuk gambar ini.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to compare the image with: set an anchor, add reference images or give the character a palette.</source>
        <translation>Tidak ada pembanding untuk gambar ini: tetapkan jangkar, tambahkan gambar referensi, atau beri karakter palet warna.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/catalog.py" line="+213"/>
        <source>its own default size</source>
        <extracomment>Text models that can stand in for the check model: &quot;gemini-3-flash&quot;, &quot;gemini-3.6-flash&quot;... How long the API&apos;s model list counts as fresh. Listing is free and Google adds image models every few months, so the window asks again after a day (see `list_is_stale`). Every aspect ratio the API spec knows. The ratios every Gemini image model takes (the extreme 1:4 ... 8:1 came with Nano Banana 2); a model the catalogue has not verified is offered only these, plus any its description names. A display name that says &quot;image model&quot;: &quot;Nano Banana Pro&quot;, &quot;Gemini 3 Pro Image&quot;. A description that says the model makes pictures (not merely that it reads them). A model&apos;s name inside a description: &quot;Gemini 3 Pro Image Preview&quot; (capital I: a name). Seeds travel as int32 on the wire; anything larger is a 400 (TYPE_INT32).</extracomment>
        <translation>ukuran bawaannya sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by the API but not yet verified by Cutie: limits and prices are unknown.</source>
        <translation>Dicantumkan oleh API tetapi belum diverifikasi Cutie: batas dan harganya belum diketahui.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chosen from Google&apos;s model list because the shipped check model is not offered; prices not verified, so no cost is shown.</source>
        <translation>Dipilih dari daftar model Google karena model pemeriksaan bawaan tidak lagi tersedia; harga belum diverifikasi, jadi biaya tidak ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/score.py" line="+47"/>
        <source>A consistency score&apos;s {name} must be a number from 0 to 1, not {value!r}</source>
        <translation>Nilai {name} skor konsistensi harus berupa angka 0 sampai 1, bukan {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A consistency score&apos;s version must be a whole number, not {version!r}</source>
        <translation>Versi skor konsistensi harus berupa bilangan bulat, bukan {version!r}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A consistency score must be a JSON object, not {data!r}</source>
        <translation>Skor konsistensi harus berupa objek JSON, bukan {data!r}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A consistency score needs an &apos;overall&apos; value</source>
        <translation>Skor konsistensi memerlukan nilai &apos;overall&apos;</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/spec_check.py" line="+146"/>
        <source>Nothing to check</source>
        <extracomment>The line format of the trait list in the prompt; the demo server parses the same lines.</extracomment>
        <translation>Tidak ada yang perlu diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character spec has no traits yet (hair, eyes, outfit, palette, ...).</source>
        <translation>Spesifikasi karakter belum punya ciri apa pun (rambut, mata, pakaian, palet, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the spec, then check the image again.</source>
        <translation>Isi spesifikasinya, lalu periksa gambar lagi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check came back unreadable</source>
        <translation>Hasil pemeriksaan tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s answer could not be used as a checklist: {detail}</source>
        <translation>Jawaban model tidak dapat dipakai sebagai daftar periksa: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again; if it keeps happening, try another check model.</source>
        <translation>Periksa lagi; jika terus terjadi, coba model pemeriksaan lain.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it was empty.</source>
        <translation>jawabannya kosong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON.</source>
        <translation>bukan JSON yang valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no list of &quot;items&quot;.</source>
        <translation>tidak ada daftar &quot;items&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;summary&quot; is not text.</source>
        <translation>&quot;summary&quot;-nya bukan teks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an item is not an object.</source>
        <translation>sebuah item bukan objek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item lacks a text &quot;trait&quot; or &quot;verdict&quot;.</source>
        <translation>sebuah item tidak memiliki &quot;trait&quot; atau &quot;verdict&quot; berupa teks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names a trait that was not asked about (&quot;{key}&quot;).</source>
        <translation>menyebut ciri yang tidak ditanyakan (&quot;{key}&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it judges &quot;{name}&quot; twice.</source>
        <translation>menilai &quot;{name}&quot; dua kali.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it skipped {missing}.</source>
        <translation>melewatkan {missing}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/validation.py" line="-285"/>
        <source>({number}) {problem}</source>
        <extracomment>Google refuses a request body over 100 MB (API_FACTS §8). Images travel in it as base64, a third larger than their files, together with the conversation so far and the prompt. The JSON around one inline image: {&quot;inlineData&quot;: {&quot;mimeType&quot;: &quot;image/jpeg&quot;, &quot;data&quot;: &quot;...&quot;}}. Everything else in a request (generationConfig, roles, brackets), rounded well up. The smallest a reference is re-encoded to before Cutie asks for some to be removed instead: a character sheet still reads well as a 1500 px JPEG of this size.</extracomment>
        <translation>({number}) {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown model</source>
        <translation>Model tidak dikenal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie does not know the model {model!r}.</source>
        <translation>Cutie tidak mengenal model {model!r}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one of: {known}. When online, Cutie also offers new image models the API lists.</source>
        <translation>Pilih salah satu: {known}. Saat daring, Cutie juga menawarkan model gambar baru yang dicantumkan API.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} cannot make {ratio} images; it offers {ratios}.</source>
        <translation>{model} tidak dapat membuat gambar {ratio}; yang tersedia {ratios}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} makes images at a fixed size ({size}); leave the size unset.</source>
        <translation>{model} membuat gambar dengan ukuran tetap ({size}); biarkan ukuran tidak diatur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about 1K</source>
        <translation>sekitar 1K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} offers the sizes {sizes}, not {size}.</source>
        <translation>{model} menyediakan ukuran {sizes}, bukan {size}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A seed must be a whole number from {low} to {high:,}; {seed:,} is not.</source>
        <translation>Seed harus berupa bilangan bulat dari {low} sampai {high:,}; {seed:,} tidak termasuk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed not sent</source>
        <translation>Seed tidak dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not take a seed, so Cutie left it out.</source>
        <translation>{name} tidak menerima seed, jadi Cutie tidak menyertakannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This request cannot be sent</source>
        <translation>Permintaan ini tidak dapat dikirim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the settings above; nothing was sent and nothing was billed.</source>
        <translation>Ubah pengaturan di atas; tidak ada yang dikirim dan tidak ada yang ditagih.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} is deprecated</source>
        <translation>{display_name} sudah usang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google may shut it down soon.</source>
        <translation>Google mungkin akan segera menghentikannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider {model}.</source>
        <translation>Pertimbangkan {model}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is restricted</source>
        <translation>{display_name} dibatasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google only serves it to projects that used it before; a new key may be refused.</source>
        <translation>Google hanya menyediakannya untuk proyek yang pernah memakainya; kunci baru mungkin ditolak.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is not verified</source>
        <translation>{display_name} belum diverifikasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google lists this model but Cutie has not checked its limits; Google may refuse settings.</source>
        <translation>Google mencantumkan model ini tetapi Cutie belum memeriksa batasnya; Google mungkin menolak pengaturan tertentu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This request would be {size:.0f} MB, over Google&apos;s limit of {limit:.0f} MB</source>
        <translation>Permintaan ini akan berukuran {size:.0f} MB, melebihi batas Google {limit:.0f} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the largest reference</source>
        <translation>referensi terbesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference</source>
        <translation>referensinya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all {count} references</source>
        <translation>semua {count} referensi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {count} largest references</source>
        <translation>{count} referensi terbesar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References made smaller to fit</source>
        <translation>Referensi diperkecil agar muat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{over}, so Cutie sends {which} re-encoded to at most {budget:.1f} MB each. Your reference files are not changed.</source>
        <translation>{over}, jadi Cutie mengirim {which} yang dienkode ulang menjadi paling besar {budget:.1f} MB masing-masing. Berkas referensi Anda tidak diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To send them at full size, use fewer references.</source>
        <translation>Untuk mengirimnya dalam ukuran penuh, gunakan lebih sedikit referensi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({size:.1f} MB)</source>
        <translation>{name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference</source>
        <translation>sebuah referensi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove at least {remove} of the {count} references (the largest: {named})</source>
        <translation>hapus setidaknya {remove} dari {count} referensi (yang terbesar: {named})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a new conversation from the latest image (or branch from an earlier turn) to leave the earlier pictures out</source>
        <translation>mulai percakapan baru dari gambar terbaru (atau buat cabang dari giliran sebelumnya) agar gambar-gambar sebelumnya tidak ikut terkirim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} or {second}</source>
        <translation>{first} atau {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shorten the prompt</source>
        <translation>persingkat prompt-nya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{over}. The conversation so far is {history:.0f} MB of earlier pictures. To send it, {todo}.</source>
        <translation>{over}. Percakapan sejauh ini berisi {history:.0f} MB gambar sebelumnya. Untuk mengirimnya, {todo}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over}. To send it, {todo}.</source>
        <translation>{over}. Untuk mengirimnya, {todo}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{model} accepts at most {limit} input images; this request has {count}. Remove some references (or combine several into one collage).</source>
        <translation>{model} menerima paling banyak {limit} gambar masukan; permintaan ini berisi {count}. Hapus beberapa referensi (atau gabungkan beberapa menjadi satu kolase).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} keeps at most {limit} character images consistent; {count} are marked as character. Mark some as object or remove them.</source>
        <translation>{model} menjaga konsistensi paling banyak {limit} gambar karakter; {count} ditandai sebagai karakter. Tandai sebagian sebagai objek atau hapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{model} accepts at most {limit} object images; {count} are marked as object.</source>
        <translation>{model} menerima paling banyak {limit} gambar objek; {count} ditandai sebagai objek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {type}; the model takes PNG, JPEG, WebP or HEIC.</source>
        <translation>{name} berjenis {type}; model menerima PNG, JPEG, WebP, atau HEIC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is {size:.1f} MB; the limit is {limit:.0f} MB per image. Save it smaller or as JPEG.</source>
        <translation>{name} berukuran {size:.1f} MB; batasnya {limit:.0f} MB per gambar. Simpan lebih kecil atau sebagai JPEG.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/generate.py" line="+106"/>
        <source>Too many or too few variants</source>
        <translation>Varian terlalu banyak atau terlalu sedikit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch makes between 1 and {limit} variants, not {count}.</source>
        <translation>Satu batch membuat 1 sampai {limit} varian, bukan {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each variant is one request, billed on its own.</source>
        <translation>Setiap varian adalah satu permintaan yang ditagih terpisah.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over your budget cap</source>
        <translation>Melebihi batas biaya Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This would cost about ${cost:.2f} ({images} images); your cap is ${cap:.2f}.</source>
        <translation>Ini akan menghabiskan sekitar ${cost:.2f} ({images} gambar); batas Anda ${cap:.2f}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make fewer variants, pick a smaller size, or raise the cap.</source>
        <translation>Buat lebih sedikit varian, pilih ukuran lebih kecil, atau naikkan batasnya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to draw yet</source>
        <translation>Belum ada yang bisa digambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character, give a scene or a prompt, or add reference images.</source>
        <translation>Jelaskan karakternya, beri adegan atau prompt, atau tambahkan gambar referensi.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>It was never handed over for saving.</source>
        <translation>Gambar ini tidak pernah diserahkan untuk disimpan.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot create the output folder</source>
        <translation>Folder keluaran tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}: {error}.</source>
        <translation>Cutie tidak dapat membuat {folder}: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another folder; nothing was sent.</source>
        <translation>Pilih folder lain; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/keycheck.py" line="+45"/>
        <source>No key to test</source>
        <extracomment>A key test should answer in seconds; a generation&apos;s 10-minute limit would look like a hang. One retry covers a transient blip; five (the generation default) would keep the user waiting.</extracomment>
        <translation>Tidak ada kunci untuk diuji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or save an API key first.</source>
        <translation>Ketik atau simpan kunci API terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/saving.py" line="+128"/>
        <source>{reason} A copy was kept in {folder}.</source>
        <extracomment>Delivered (and so billed) but not saved where it belongs; see `reason` and `rescued`. Nothing to save: blocked, failed or cancelled (the ledger still has a billed call).</extracomment>
        <translation>{reason} Salinannya disimpan di {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Cutie could not keep a copy anywhere.</source>
        <translation>{reason} Cutie tidak dapat menyimpan salinan di mana pun.</translation>
    </message>
</context>
<context>
    <name>core.import</name>
    <message>
        <location filename="../../cutie_app/core/imaging/fetch.py" line="+40"/>
        <source>“{name}” is not a web address Cutie can download ({scheme} link).</source>
        <translation>“{name}” bukan alamat web yang dapat diunduh Cutie (tautan {scheme}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The website refused to send “{name}” (HTTP {code}). Save the image from the browser and drop the file instead.</source>
        <translation>Situs web menolak mengirim “{name}” (HTTP {code}). Simpan gambarnya dari peramban lalu seret berkasnya ke sini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” could not be downloaded ({reason}). Check the connection, or save the image from the browser and drop the file instead.</source>
        <translation>“{name}” tidak dapat diunduh ({reason}). Periksa koneksi, atau simpan gambarnya dari peramban lalu seret berkasnya ke sini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” is {size:.0f} MB, too large to import. Use an image under {limit} MB.</source>
        <translation>“{name}” berukuran {size:.0f} MB, terlalu besar untuk diimpor. Gunakan gambar di bawah {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/reference_import.py" line="+140"/>
        <location line="+86"/>
        <source>{name} is {size}, too large to import. {advice}</source>
        <extracomment>Files above this are refused before any decoding (reading them alone would hurt). Formats the models take as they are; anything else is converted. Pillow modes that are plain 8-bit colour or grey, fine to send unchanged. Images at or under this many pixels are stored losslessly (PNG) when converted. EXIF tags that say where a picture was taken, and with which camera (EXIF 2.32 / TIFF 6). The same facts as XMP writes them (exif:, exifEX:, tiff:, aux: and IPTC&apos;s location fields). EXIF orientation -&gt; the transpose that shows the picture upright (as ImageOps.exif_transpose). The private data taken out before sending: &quot;location&quot;, &quot;camera&quot; (see the module docstring). For the recipe: what was removed, and what the bytes still carry (with the setting off).</extracomment>
        <translation>{name} berukuran {size}, terlalu besar untuk diimpor. {advice}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{name} is empty (0 bytes). Choose the image file itself.</source>
        <translation>{name} kosong (0 byte). Pilih berkas gambarnya langsung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export it at a smaller size (for example as a JPEG) and try again.</source>
        <translation>Ekspor dalam ukuran lebih kecil (misalnya sebagai JPEG) lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image</source>
        <translation>gambar ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a shortcut (symbolic link) to a file that no longer exists. Choose the original image instead.</source>
        <translation>{name} adalah pintasan (tautan simbolik) ke berkas yang sudah tidak ada. Pilih gambar aslinya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} tidak ditemukan. Mungkin sudah dipindahkan atau dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>{name} could not be read ({error}).</source>
        <translation>{name} tidak dapat dibaca ({error}).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{name} is a folder, not an image. Choose an image file inside it.</source>
        <translation>{name} adalah folder, bukan gambar. Pilih berkas gambar di dalamnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a regular file. Choose an image file.</source>
        <translation>{name} bukan berkas biasa. Pilih berkas gambar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is too large to import. {advice}</source>
        <translation>{name} terlalu besar untuk diimpor. {advice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: you do not have permission to open it. Copy it somewhere you own, or change its permissions, and try again.</source>
        <translation>{name} tidak dapat dibaca: Anda tidak punya izin untuk membukanya. Salin ke tempat milik Anda, atau ubah izinnya, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} declares an enormous picture (more than {limit:,} pixels), which could exhaust memory, so it was not opened. Export it at a smaller size and try again.</source>
        <translation>{name} menyatakan ukuran gambar yang sangat besar (lebih dari {limit:,} piksel) yang bisa menghabiskan memori, jadi tidak dibuka. Ekspor dalam ukuran lebih kecil lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not an image Cutie can read. Choose a PNG, JPEG, WebP or HEIC file (GIF, TIFF, BMP and other common formats are converted).</source>
        <translation>{name} bukan gambar yang dapat dibaca Cutie. Pilih berkas PNG, JPEG, WebP, atau HEIC (GIF, TIFF, BMP, dan format umum lainnya akan dikonversi).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is too large to open in the available memory. {advice}</source>
        <translation>{name} terlalu besar untuk dibuka dengan memori yang tersedia. {advice}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>removed location data</source>
        <translation>data lokasi dihapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed camera data</source>
        <translation>data kamera dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed location and camera data</source>
        <translation>data lokasi dan kamera dihapus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or incomplete (perhaps a download that did not finish), so it cannot be used. Open it in an image viewer to check, or download it again.</source>
        <translation>{name} rusak atau tidak lengkap (mungkin unduhan yang belum selesai), jadi tidak bisa dipakai. Buka di penampil gambar untuk memeriksanya, atau unduh lagi.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+73"/>
        <source>converted from {format}</source>
        <translation>dikonversi dari {format}</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>converted from an unknown format</source>
        <translation>dikonversi dari format yang tidak dikenal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first page only</source>
        <translation>hanya halaman pertama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first frame of an animation</source>
        <translation>hanya bingkai pertama animasi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rotated as its camera tag says</source>
        <translation>diputar sesuai tag kameranya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scaled down from {width}×{height} to {new_width}×{new_height}</source>
        <translation>diperkecil dari {width}×{height} menjadi {new_width}×{new_height}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be made smaller than {size} without ruining it. {advice}</source>
        <translation>{name} tidak dapat diperkecil di bawah {size} tanpa merusaknya. {advice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>reduced from 16-bit colour</source>
        <translation>diturunkan dari warna 16-bit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from a palette</source>
        <translation>dikonversi dari palet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>converted from CMYK to sRGB with its colour profile</source>
        <translation>dikonversi dari CMYK ke sRGB dengan profil warnanya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>converted from CMYK (no colour profile: colours are approximate)</source>
        <translation>dikonversi dari CMYK (tanpa profil warna: warnanya perkiraan)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>compressed to fit {size} ({format} quality {quality}, {width}×{height})</source>
        <translation>dikompresi agar muat {size} ({format} kualitas {quality}, {width}×{height})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>compressed to fit {size} ({format} quality {quality})</source>
        <translation>dikompresi agar muat {size} ({format} kualitas {quality})</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/character.py" line="+54"/>
        <source>Only one anchor</source>
        <translation>Hanya satu jangkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} references are marked as the anchor ({anchors}).</source>
        <translation>{count} referensi ditandai sebagai jangkar ({anchors}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one anchor and give the others another role, such as identity.</source>
        <translation>Pertahankan satu jangkar dan beri yang lain peran lain, misalnya Depan / identitas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reference not found: {path}</source>
        <translation>Referensi tidak ditemukan: {path}</translation>
    </message>
</context>
<context>
    <name>core.pack</name>
    <message>
        <location filename="../../cutie_app/core/store/pack.py" line="+132"/>
        <source>Cannot export {subject}: {reason}. Nothing was written.</source>
        <extracomment>Folders of a project that travel in a pack; everything else (.cache/, -wal/-shm) stays home. Folders whose files lie directly inside them (no subfolders), as their rows name them. Members this small cannot be a meaningful bomb (the byte cap bounds them); a tiny SQLite page of zeros or a JSON sidecar may legitimately compress very well. A manifest entry is a few hundred bytes; this bounds the memory json.loads may take. Already-compressed formats are stored as they are: deflating them only costs time. Folder name the project gets on import (manifest &quot;project_name&quot;, else the pack&apos;s stem).</extracomment>
        <translation>Tidak dapat mengekspor {subject}: {reason}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {subject}: {reason}. Nothing was written.</source>
        <translation>Tidak dapat membuka {subject}: {reason}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import {subject}: {reason}. Nothing was written.</source>
        <translation>Tidak dapat mengimpor {subject}: {reason}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an empty or &apos;.&apos; path component</source>
        <translation>komponen jalur yang kosong atau &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &apos;..&apos; component</source>
        <translation>komponen &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character</source>
        <translation>karakter kontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>karakter yang tidak diizinkan Windows (&lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component ending in a dot or space</source>
        <translation>komponen yang diakhiri titik atau spasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name Windows reserves for devices</source>
        <translation>nama yang dicadangkan Windows untuk perangkat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component longer than 255 bytes</source>
        <translation>komponen yang lebih panjang dari 255 byte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty name</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character</source>
        <translation>karakter NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation>garis miring terbalik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an absolute path</source>
        <translation>jalur absolut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter</source>
        <translation>huruf drive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder inside {folder}/ (its files lie directly in it)</source>
        <translation>folder di dalam {folder}/ (berkasnya seharusnya langsung di dalamnya)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a location outside manifest.json, project.cutie, images/, references/, luts/ and looks/</source>
        <translation>lokasi di luar manifest.json, project.cutie, images/, references/, luts/, dan looks/</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is empty</source>
        <translation>namanya kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>berisi pemisah jalur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts with a dot</source>
        <translation>diawali titik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has {problem}</source>
        <translation>berisi {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first!r} and {second!r} differ only in letter case</source>
        <translation>{first!r} dan {second!r} hanya berbeda huruf besar-kecilnya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name!r} is both a file and a folder</source>
        <translation>{name!r} sekaligus berupa berkas dan folder</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{project} is not a Cutie project (it has no {database})</source>
        <translation>{project} bukan proyek Cutie (tidak ada {database})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the destination folder {parent} does not exist</source>
        <translation>folder tujuan {parent} tidak ada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack cannot be saved inside the project folder; choose another place</source>
        <translation>paket tidak boleh disimpan di dalam folder proyek; pilih tempat lain</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project database is {size}, more than the {limit} a pack allows per file</source>
        <translation>basis data proyek berukuran {size}, melebihi {limit} yang diizinkan paket per berkas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a file could not be written ({error})</source>
        <translation>sebuah berkas tidak dapat ditulis ({error})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the project database could not be read ({error})</source>
        <translation>basis data proyek tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project database is damaged (integrity check: {check}); a pack made from it could not be imported</source>
        <translation>basis data proyek rusak (pemeriksaan integritas: {check}); paket yang dibuat darinya tidak akan bisa diimpor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder}/ is a link; a project keeps its files inside its own folder</source>
        <translation>{folder}/ adalah tautan; proyek menyimpan berkasnya di dalam foldernya sendiri</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file {name!r} has {problem}; rename it and export again</source>
        <translation>berkas {name!r} berisi {problem}; ganti namanya lalu ekspor lagi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows per file</source>
        <translation>{name!r} berukuran {size}, melebihi {limit} yang diizinkan paket per berkas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows in {folder}/; move it out of the project and export again</source>
        <translation>{name!r} berukuran {size}, melebihi {limit} yang diizinkan paket di {folder}/; pindahkan keluar dari proyek lalu ekspor lagi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the project has {count} files; a pack holds at most {limit}</source>
        <translation>proyek berisi {count} berkas; paket paling banyak memuat {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project is {size}; a pack holds at most {limit}</source>
        <translation>proyek berukuran {size}; paket paling banyak memuat {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{clash}; rename one so the pack also imports on Windows and macOS</source>
        <translation>{clash}; ganti nama salah satunya agar paket juga bisa diimpor di Windows dan macOS</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name!r} grew past the {size} a pack allows per file</source>
        <translation>{name!r} membesar melewati {size} yang diizinkan paket per berkas</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the file cannot be opened ({error})</source>
        <translation>berkas tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>it holds too many files ({count}; the limit is {limit})</source>
        <translation>berisi terlalu banyak berkas ({count}; batasnya {limit})</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>it is not a zip file, or it is damaged or incomplete ({error})</source>
        <translation>bukan berkas zip, atau rusak atau tidak lengkap ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read ({error})</source>
        <translation>berkas tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name!r} is larger than declared</source>
        <translation>{name!r} lebih besar dari yang dinyatakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name!r} is damaged ({error})</source>
        <translation>{name!r} rusak ({error})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {name!r} has {problem}</source>
        <translation>entri {name!r} berisi {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} has a name zipfile would alter</source>
        <translation>entri {name!r} memiliki nama yang akan diubah oleh zipfile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is a symbolic link</source>
        <translation>entri {name!r} adalah tautan simbolik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} is a folder entry (a pack lists files only)</source>
        <translation>entri {name!r} adalah entri folder (paket hanya mencantumkan berkas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} is a special file (device, pipe or socket)</source>
        <translation>entri {name!r} adalah berkas khusus (perangkat, pipe, atau soket)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is encrypted</source>
        <translation>entri {name!r} terenkripsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {name!r} uses an unsupported compression method</source>
        <translation>entri {name!r} memakai metode kompresi yang tidak didukung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} unpacks to {size}; the limit per file is {limit}</source>
        <translation>entri {name!r} berukuran {size} setelah dibuka; batas per berkas adalah {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} unpacks to {size}; a file in {folder}/ may be at most {limit}</source>
        <translation>entri {name!r} berukuran {size} setelah dibuka; berkas di {folder}/ paling besar {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} expands {ratio:.0f} times when unpacked (the limit is {limit:.0f}); it looks like a zip bomb</source>
        <translation>entri {name!r} mengembang {ratio:.0f} kali saat dibuka (batasnya {limit:.0f}); tampaknya bom zip</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>its manifest has no valid {key!r}</source>
        <translation>manifesnya tidak memiliki {key!r} yang valid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its manifest.json is not valid JSON</source>
        <translation>manifest.json-nya bukan JSON yang valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json is not a JSON object</source>
        <translation>manifest.json-nya bukan objek JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest says format {found!r}, not {expected!r}</source>
        <translation>manifesnya menyebut format {found!r}, bukan {expected!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was made by a newer Cutie (pack format {format_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>paket ini dibuat oleh Cutie versi lebih baru (format paket {format_version}; versi ini membaca hingga {supported}). Perbarui Cutie untuk mengimpornya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made by a newer Cutie (project schema {schema_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>paket ini dibuat oleh Cutie versi lebih baru (skema proyek {schema_version}; versi ini membaca hingga {supported}). Perbarui Cutie untuk mengimpornya</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest has no valid &apos;files&apos; list</source>
        <translation>manifesnya tidak memiliki daftar &apos;files&apos; yang valid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest has an invalid entry in &apos;files&apos; (number {index})</source>
        <translation>manifesnya memiliki entri tidak valid di &apos;files&apos; (nomor {index})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>member {name!r} appears more than once</source>
        <translation>entri {name!r} muncul lebih dari sekali</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no manifest.json (it is not a Cutie pack, or it is damaged)</source>
        <translation>tidak ada manifest.json (bukan paket Cutie, atau rusak)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json is {size}, far larger than any project&apos;s</source>
        <translation>manifest.json-nya berukuran {size}, jauh lebih besar dari milik proyek mana pun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists too many files ({count}; the limit is {limit})</source>
        <translation>manifesnya mencantumkan terlalu banyak berkas ({count}; batasnya {limit})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it unpacks to {size}; the limit is {limit}</source>
        <translation>ukurannya {size} setelah dibuka; batasnya {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its members overlap (a known zip bomb technique)</source>
        <translation>entri-entrinya saling tumpang tindih (teknik bom zip yang dikenal)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {path!r} twice</source>
        <translation>manifesnya mencantumkan {path!r} dua kali</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {missing!r}, but the pack does not contain it</source>
        <translation>manifesnya mencantumkan {missing!r}, tetapi paket tidak memuatnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains {extra!r}, which its manifest does not list</source>
        <translation>paket memuat {extra!r}, yang tidak tercantum di manifesnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no project database ({database})</source>
        <translation>tidak memiliki basis data proyek ({database})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {path!r} is {file_size} bytes, but its manifest says {size}</source>
        <translation>entri {path!r} berukuran {file_size} byte, tetapi manifesnya menyebut {size}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name!r} cannot be a project folder name ({problem}); choose another</source>
        <translation>{name!r} tidak bisa menjadi nama folder proyek ({problem}); pilih yang lain</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>a project named {name!r} already exists in {folder}</source>
        <translation>proyek bernama {name!r} sudah ada di {folder}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>it needs {size} but only {free} is free in {folder}</source>
        <translation>diperlukan {size}, tetapi hanya tersisa {free} di {folder}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the project folder could not be created ({error})</source>
        <translation>folder proyek tidak dapat dibuat ({error})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {path!r} points outside the project</source>
        <translation>entri {path!r} menunjuk ke luar proyek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>member {path!r} holds more data than its declared size</source>
        <translation>entri {path!r} berisi lebih banyak data dari ukuran yang dinyatakan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged ({error})</source>
        <translation>entri {path!r} rusak ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path!r} could not be extracted ({error})</source>
        <translation>{path!r} tidak dapat diekstrak ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is shorter than its manifest says</source>
        <translation>entri {path!r} lebih pendek dari yang disebut manifesnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged (its SHA-256 does not match the manifest)</source>
        <translation>entri {path!r} rusak (SHA-256-nya tidak cocok dengan manifes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it unpacks to more than {size}</source>
        <translation>ukurannya lebih dari {size} setelah dibuka</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its project database is not an SQLite database</source>
        <translation>basis data proyeknya bukan basis data SQLite</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its project database is damaged ({error})</source>
        <translation>basis data proyeknya rusak ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is damaged (integrity check: {check})</source>
        <translation>basis data proyeknya rusak (pemeriksaan integritas: {check})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project.cutie is an SQLite database, but not one Cutie made</source>
        <translation>project.cutie-nya adalah basis data SQLite, tetapi bukan buatan Cutie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its project database has schema version {version}, but its manifest says {schema_version}</source>
        <translation>basis data proyeknya memakai versi skema {version}, tetapi manifesnya menyebut {schema_version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its project database is not laid out as Cutie&apos;s: {first} (differences: {count})</source>
        <translation>basis data proyeknya tidak tersusun seperti milik Cutie: {first} (perbedaan: {count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is not laid out as Cutie&apos;s: {first}</source>
        <translation>basis data proyeknya tidak tersusun seperti milik Cutie: {first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its project database names files it may not: {first} (entries: {count})</source>
        <translation>basis data proyeknya menyebut berkas yang tidak diizinkan: {first} (entri: {count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its project database names files it may not: {first}</source>
        <translation>basis data proyeknya menyebut berkas yang tidak diizinkan: {first}</translation>
    </message>
</context>
<context>
    <name>core.projects</name>
    <message>
        <location filename="../../cutie_app/core/services/projects.py" line="+291"/>
        <source>That folder already exists</source>
        <extracomment>How many of the newest images are scored after a batch. The notes Cutie itself writes into the ledger, keyed by their English words as stored.</extracomment>
        <translation>Folder itu sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is already there; Save As makes a new project folder.</source>
        <translation>{target} sudah ada; Simpan proyek sebagai membuat folder proyek baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new name.</source>
        <translation>Pilih nama baru.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/project_paths.py" line="+96"/>
        <source>That folder is not a Cutie project</source>
        <translation>Folder itu bukan proyek Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no {project_file} in it.</source>
        <translation>{path} tidak berisi {project_file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack; New Project starts one.</source>
        <translation>Buka folder proyek, berkas project.cutie-nya, atau .cutiepack; Proyek baru akan membuatnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutie cannot open that file</source>
        <translation>Cutie tidak dapat membuka berkas itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is neither a project (project.cutie) nor a packed project (.cutiepack).</source>
        <translation>{name} bukan proyek (project.cutie) maupun proyek yang dikemas (.cutiepack).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack.</source>
        <translation>Buka folder proyek, berkas project.cutie-nya, atau .cutiepack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is there</source>
        <translation>Tidak ada apa-apa di sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist (moved, renamed or on a drive that is not connected?).</source>
        <translation>{path} tidak ada (dipindahkan, diganti nama, atau berada di drive yang tidak terhubung?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and try again.</source>
        <translation>Periksa jalurnya dan coba lagi.</translation>
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../cutie_app/core/model/records.py" line="+253"/>
        <source>Images recovered that were saved just before Cutie stopped: {count}</source>
        <extracomment>Delivered and billed, but the image could not be saved (`LedgerEntry.detail` says why). The call reached Google but its answer never (fully) arrived: &quot;outcome unknown, may be billed&quot;. What became of its location and camera data on import; None: not known (imported before). Why, for an UNSAVED call (&quot;The disk is full. ...&quot;); empty otherwise. &quot;generated&quot;, &quot;conversation&quot; or &quot;adjusted&quot; (where the image came from); None: any. How the gallery groups what it lists (`core.services.stacks`); the store ignores it.</extracomment>
        <translation>Gambar yang dipulihkan, tersimpan tepat sebelum Cutie berhenti: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files missing (their entries are kept): {count}</source>
        <translation>Berkas yang hilang (entrinya tetap disimpan): {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to recover.</source>
        <translation>Tidak ada yang perlu dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/conversations.py" line="+60"/>
        <location line="+4"/>
        <source>Cannot open this conversation</source>
        <translation>Percakapan ini tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved data is damaged.</source>
        <translation>Data tersimpannya rusak.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/db.py" line="+139"/>
        <source>The disk is full</source>
        <translation>Disk penuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not save to the project, because there is no space left on its disk.</source>
        <translation>Cutie tidak dapat menyimpan ke proyek karena disk-nya sudah tidak punya ruang lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space, then try again. Nothing saved before was damaged.</source>
        <translation>Kosongkan sebagian ruang disk, lalu coba lagi. Tidak ada yang tersimpan sebelumnya yang rusak.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The project is busy</source>
        <extracomment>How long a statement waits for another process&apos;s lock before giving up. Below this much free space, an I/O failure is taken for what it almost surely is: a full disk.</extracomment>
        <translation>Proyek sedang sibuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program (or another Cutie window) is writing to this project.</source>
        <translation>Program lain (atau jendela Cutie lain) sedang menulis ke proyek ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the other window and try again.</source>
        <translation>Tutup jendela lainnya lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is read-only</source>
        <translation>Proyek hanya-baca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to this project folder.</source>
        <translation>Cutie tidak dapat menulis ke folder proyek ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the folder&apos;s permissions, or copy the project somewhere writable.</source>
        <translation>Periksa izin folder, atau salin proyek ke tempat yang bisa ditulisi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project refused this change</source>
        <translation>Proyek menolak perubahan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It would break the project&apos;s links.</source>
        <translation>Perubahan itu akan merusak tautan di dalam proyek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+59"/>
        <source>The project database is damaged</source>
        <translation>Basis data proyek rusak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read {name}.</source>
        <translation>Cutie tidak dapat membaca {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+2"/>
        <source>Restore the project folder from a backup; the images in it are plain files.</source>
        <translation>Pulihkan folder proyek dari cadangan; gambar di dalamnya adalah berkas biasa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read or write the project</source>
        <translation>Proyek tidak dapat dibaca atau ditulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk or the file system reported an error.</source>
        <translation>Disk atau sistem berkas melaporkan kesalahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk (and, for a network folder, the connection), then try again.</source>
        <translation>Periksa disk (dan koneksinya, untuk folder jaringan), lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project database failed</source>
        <translation>Basis data proyek gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database operation did not complete.</source>
        <translation>Sebuah operasi basis data tidak selesai.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+17"/>
        <source>The project is closed</source>
        <translation>Proyek sudah ditutup</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It was closed before this change was saved.</source>
        <translation>Proyek ditutup sebelum perubahan ini tersimpan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/files.py" line="+130"/>
        <source>Cannot save the image</source>
        <translation>Gambar tidak dapat disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}/ holds a different file named like it.</source>
        <translation>{name}/ berisi berkas lain dengan nama serupa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save to the project</source>
        <translation>Tidak dapat menyimpan ke proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not write to {where}.</source>
        <translation>Cutie tidak dapat menulis ke {where}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Periksa ruang disk yang tersisa dan izin folder.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/images.py" line="+101"/>
        <source>No thumbnail for this image yet</source>
        <extracomment>An adjusted version: `add_derived` leaves the batch empty and its recipe names the adjustments (the batch is tested first, so generated rows are never parsed). Where an image came from, as a condition on its row: the model (a generation), a conversation&apos;s turn, or a local adjustment.</extracomment>
        <translation>Gambar ini belum punya gambar mini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project is open read-only, so Cutie does not write thumbnails into it.</source>
        <translation>Proyek dibuka hanya-baca, jadi Cutie tidak menulis gambar mini ke dalamnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/references.py" line="+194"/>
        <source>The image file is missing</source>
        <translation>Berkas gambar hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cutie_app/core/store/references.py" line="+1"/>
        <source>{folder}/{file} could not be read.</source>
        <translation>{folder}/{file} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show this image</source>
        <translation>Gambar ini tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be decoded.</source>
        <translation>{file} tidak dapat didekode.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/layout.py" line="+59"/>
        <source>it is not text ({type})</source>
        <extracomment>The largest .cube file Cutie reads (the LUT parser&apos;s own ceiling). A look file embeds the LUTs it uses (base64), so it may be a few LUTs large. Built under this name and renamed into place, so a crash never leaves half a project.cutie. Files an OS drops into folders; they don&apos;t make a folder &quot;not empty&quot;.</extracomment>
        <translation>isinya bukan teks ({type})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty or a &apos;.&apos;/&apos;..&apos; name</source>
        <translation>namanya kosong atau berupa &apos;.&apos;/&apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a NUL character</source>
        <translation>berisi karakter NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an absolute path</source>
        <translation>berupa jalur absolut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>berisi pemisah jalur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names a drive or an alternate data stream</source>
        <translation>menyebut drive atau aliran data alternatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not 64 hex digits</source>
        <translation>bukan 64 digit heksadesimal</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the image&apos;s SHA-256 is not 64 hex digits</source>
        <translation>SHA-256 gambar bukan 64 digit heksadesimal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a symbolic link to {target}</source>
        <translation>berupa tautan simbolik ke {target}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This project names a file outside its folder</source>
        <translation>Proyek ini menyebut berkas di luar foldernya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry for {sub}/ names {name!r}, and {problem}. Cutie did not read, send, export or delete it.</source>
        <translation>Sebuah entri untuk {sub}/ menyebut {name!r}, dan {problem}. Cutie tidak membaca, mengirim, mengekspor, atau menghapusnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project database was changed by something other than Cutie; restore it from a backup.</source>
        <translation>Basis data proyek diubah oleh sesuatu selain Cutie; pulihkan dari cadangan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/ledger.py" line="+52"/>
        <source>The call reached Google but its answer never arrived (cut off, closed or timed out): it may have been billed.</source>
        <extracomment>The ledger outcome of a variant&apos;s call; a variant of any other status never reached the service.</extracomment>
        <translation>Permintaan sampai ke Google tetapi jawabannya tidak pernah tiba (terputus, tertutup, atau melewati batas waktu): mungkin sudah ditagih.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/lock.py" line="+167"/>
        <source>The project folder is read-only</source>
        <extracomment>How often a holder rewrites its record&apos;s `refreshed_at`. A record from another host older than this is a crashed holder&apos;s (OS locks did not tell). A held lock is tried this many times, a moment apart: its holder may just be closing. OS errors that mean &quot;this file system has no working locks&quot;, not &quot;someone holds it&quot;. Windows locks bytes, and a locked byte cannot be read by others: lock one far past the record. The process&apos;s start time in clock ticks since boot (Linux), &quot;&quot; where unknown.</extracomment>
        <translation>Folder proyek hanya-baca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to {folder}, so it cannot change this project.</source>
        <translation>Cutie tidak dapat menulis ke {folder}, jadi tidak bisa mengubah proyek ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at, check or export it, or copy it somewhere writable.</source>
        <translation>Buka secara hanya-baca untuk melihat, memeriksa, atau mengekspornya, atau salin ke tempat yang bisa ditulisi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Cannot lock the project</source>
        <translation>Proyek tidak dapat dikunci</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cutie could not create {lock_file} in {folder}.</source>
        <translation>Cutie tidak dapat membuat {lock_file} di {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Check the folder&apos;s permissions and the free disk space.</source>
        <translation>Periksa izin folder dan ruang disk yang tersisa.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cutie could not write {lock_file} in {parent}.</source>
        <translation>Cutie tidak dapat menulis {lock_file} di {parent}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This project is open in another Cutie process</source>
        <translation>Proyek ini terbuka di proses Cutie lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Only one Cutie can change a project at a time.</source>
        <translation>Hanya satu Cutie yang bisa mengubah proyek pada satu waktu.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+15"/>
        <source>Close it there first, or open the project read-only to check, export or compare it.</source>
        <translation>Tutup dulu di sana, atau buka proyek secara hanya-baca untuk memeriksa, mengekspor, atau membandingkannya.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>It is open in this very Cutie: close it there before opening it again.</source>
        <translation>Proyek ini terbuka di Cutie ini juga: tutup di sana sebelum membukanya lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open in Cutie (process {pid} on {host})</source>
        <translation>Proyek ini terbuka di Cutie (proses {pid} di {host})</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="-271"/>
        <source>This LUT is too large</source>
        <translation>LUT ini terlalu besar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is {size:.1f} MiB; Cutie reads .cube files up to {limit} MiB.</source>
        <translation>Ukurannya {size:.1f} MiB; Cutie membaca berkas .cube hingga {limit} MiB.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+68"/>
        <source>Cannot save the look</source>
        <translation>Preset tidak dapat disimpan</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>It uses the LUT “{name}”, which is not in this project.</source>
        <translation>Preset ini memakai LUT “{name}”, yang tidak ada di proyek ini.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>looks/ holds too many files named like it.</source>
        <translation>looks/ berisi terlalu banyak berkas dengan nama serupa.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/migrations.py" line="+262"/>
        <source>This project needs a newer Cutie</source>
        <extracomment>&apos;CUTE&apos; in ASCII: `PRAGMA application_id` of every Cutie project database. Every step, oldest first; versions run 1..SCHEMA_VERSION without gaps (a test checks it). The schema version this Cutie writes. The pack importer compares against it.</extracomment>
        <translation>Proyek ini memerlukan Cutie versi lebih baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was saved by a newer version of Cutie (project format {version}; this version reads up to {supported}). It was not changed.</source>
        <translation>Proyek ini disimpan oleh Cutie versi lebih baru (format proyek {version}; versi ini membaca hingga {supported}). Proyek tidak diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to open it.</source>
        <translation>Perbarui Cutie untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/opening.py" line="-25"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Not a Cutie project</source>
        <extracomment>Files that may be in a folder a new project goes into (with the -journal of CREATING_FILE).</extracomment>
        <translation>Bukan proyek Cutie</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{name} is not a project file; a project&apos;s file is called {project_file}.</source>
        <translation>{name} bukan berkas proyek; berkas proyek bernama {project_file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such folder</source>
        <translation>Folder tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and try again.</source>
        <translation>Periksa jalurnya dan coba lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no {project_file} file.</source>
        <translation>{name} tidak memiliki berkas {project_file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a project folder, or create a new project.</source>
        <translation>Pilih folder proyek, atau buat proyek baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{project_file} is empty.</source>
        <translation>{project_file} kosong.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{project_file} in {name} is a database, but not one Cutie made.</source>
        <translation>{project_file} di {name} adalah basis data, tetapi bukan buatan Cutie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../../cutie_app/core/store/project.py" line="+205"/>
        <source>Cannot create the project</source>
        <translation>Proyek tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a project here</source>
        <translation>Sudah ada proyek di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds a Cutie project.</source>
        <translation>{name} sudah berisi proyek Cutie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it instead, or pick an empty folder.</source>
        <translation>Buka proyek itu saja, atau pilih folder kosong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder is not empty</source>
        <translation>Folder tidak kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds other files, and a project needs a folder of its own.</source>
        <translation>{name} sudah berisi berkas lain, sedangkan proyek memerlukan folder sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an empty folder, or type a new folder name.</source>
        <translation>Pilih folder kosong, atau ketik nama folder baru.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cutie could not write to {folder}.</source>
        <translation>Cutie tidak dapat menulis ke {folder}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/project.py" line="+27"/>
        <location line="+6"/>
        <source>Cannot open the project</source>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read or clean up {path}.</source>
        <translation>Cutie tidak dapat membaca atau membersihkan {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This project must be updated before it can be opened read-only</source>
        <translation>Proyek ini harus diperbarui dulu sebelum bisa dibuka hanya-baca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was saved by an older Cutie (project format {version}; this version uses {current}), and a read-only open changes nothing.</source>
        <translation>Proyek ini disimpan oleh Cutie versi lama (format proyek {version}; versi ini memakai {current}), dan membuka hanya-baca tidak mengubah apa pun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it once normally, when no other Cutie has it open.</source>
        <translation>Buka sekali secara normal, saat tidak ada Cutie lain yang membukanya.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This project is open read-only</source>
        <translation>Proyek ini dibuka hanya-baca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie opened it only to look at it, so it cannot change it.</source>
        <translation>Cutie membukanya hanya untuk dilihat, jadi tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it normally (close any other Cutie that has it open first).</source>
        <translation>Buka secara normal (tutup dulu Cutie lain yang membukanya).</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/recovery.py" line="+193"/>
        <source>Cutie stopped before the image was saved; the call was recovered from its recipe.</source>
        <extracomment>The ledger&apos;s `detail` for a billed call whose save a crash interrupted before its image landed.</extracomment>
        <translation>Cutie berhenti sebelum gambar tersimpan; panggilan ini dipulihkan dari resepnya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{lost} of its {count} images never landed.</source>
        <translation>{lost} dari {count} gambarnya tidak pernah tersimpan.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/references.py" line="+24"/>
        <source>A reference image is missing</source>
        <translation>Sebuah gambar referensi hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder}/{file} (slot {position}) could not be read.</source>
        <translation>{folder}/{file} (slot {position}) tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/scores.py" line="+185"/>
        <source>Remove the slot or put the file back.</source>
        <translation>Hapus slot-nya atau kembalikan berkasnya.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/rows.py" line="+169"/>
        <location filename="../../cutie_app/core/store/trash.py" line="+145"/>
        <source>No image #{id} in this project</source>
        <extracomment>What a sidecar may restore on recovery; the file itself tells the rest (name, hash, type, size).</extracomment>
        <translation>Tidak ada gambar #{id} di proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scene #{id} in this project</source>
        <translation>Tidak ada adegan #{id} di proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversation #{id} in this project</source>
        <translation>Tidak ada percakapan #{id} di proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reference slot #{id} in this project</source>
        <translation>Tidak ada slot referensi #{id} di proyek ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It may have been removed.</source>
        <translation>Mungkin sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/scores.py" line="-13"/>
        <source>The anchor image</source>
        <extracomment>References that show the character, so a variant is expected to look like them. Style, palette, background and prop references are not: they would only drag every score down.</extracomment>
        <translation>Gambar jangkar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference image {number}</source>
        <translation>Gambar referensi {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} is missing</source>
        <translation>{what} hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be read, so consistency scores cannot be computed.</source>
        <translation>{path} tidak dapat dibaca, jadi skor konsistensi tidak dapat dihitung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be read</source>
        <translation>{what} tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged, so consistency scores cannot be computed.</source>
        <translation>{path} rusak, jadi skor konsistensi tidak dapat dihitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the reference image.</source>
        <translation>Ganti gambar referensinya.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/trash.py" line="-91"/>
        <source>Its images were moved to the trash.</source>
        <extracomment>The project&apos;s own trash, for callers without a system trash (the CLI, tests). The `detail` of a ledger row whose images were all moved to the trash.</extracomment>
        <translation>Gambarnya dipindahkan ke Tempat Sampah.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot write to {folder}/: {error}</source>
        <translation>Tidak dapat menulis ke {folder}/: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move {file} to the trash: {reason}</source>
        <translation>{file} tidak dapat dipindahkan ke Tempat Sampah: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not move {file} to the trash</source>
        <translation>{file} tidak dapat dipindahkan ke Tempat Sampah</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is no longer in the trash</source>
        <translation>{file} sudah tidak ada di Tempat Sampah</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder}/ holds a different file named {file}</source>
        <translation>{folder}/ berisi berkas lain yang juga bernama {file}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not put {file} back: {error}</source>
        <translation>{file} tidak dapat dikembalikan: {error}</translation>
    </message>
</context>
<context>
    <name>core.system</name>
    <message>
        <location filename="../../cutie_app/core/system/secrets.py" line="+49"/>
        <source>No system keyring is available (on Linux, install and unlock GNOME Keyring or KWallet). Cutie never stores the key in a file; set the GEMINI_API_KEY environment variable instead.</source>
        <translation>Tidak ada keyring sistem yang tersedia (di Linux, pasang dan buka kunci GNOME Keyring atau KWallet). Cutie tidak pernah menyimpan kunci di berkas; atur variabel lingkungan GEMINI_API_KEY sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The API key is empty.</source>
        <translation>Kunci API kosong.</translation>
    </message>
</context>
</TS>
