<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+122"/>
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
        <location line="+70"/>
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
        <location line="+8"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+242"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+48"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>Kehangatan</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>Rona</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>Vinyet</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Grain</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exposure (stops)</source>
        <translation>Eksposur (stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness factor</source>
        <translation>Faktor kecerahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast factor</source>
        <translation>Faktor kontras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation factor</source>
        <translation>Faktor saturasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels strength</source>
        <translation>Kekuatan level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve strength</source>
        <translation>Kekuatan kurva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT strength</source>
        <translation>Kekuatan LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour match strength</source>
        <translation>Kekuatan penyamaan warna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grain amount</source>
        <translation>Jumlah butiran</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+334"/>
        <source>Before / after</source>
        <translation>Sebelum / sesudah</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+16"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>Selisih, dicerahkan ×%.1f · perubahan rata-rata %.1f</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image cannot be shown: %s</source>
        <translation>Gambar ini tidak bisa ditampilkan: %s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-268"/>
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
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+332"/>
        <source>Compare images</source>
        <translation>Bandingkan gambar</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+648"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="-648"/>
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
        <location line="+45"/>
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
        <location line="+423"/>
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
        <location line="+59"/>
        <location line="+13"/>
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
        <location line="+8"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · piksel identik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · dicerahkan ×{gain} · selisih terbesar {peak}/255 · rata-rata {mean}</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="-950"/>
        <source>Image pane {n}</source>
        <translation>Panel gambar {n}</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+188"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+76"/>
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
        <location line="+297"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location line="-295"/>
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
        <location line="+51"/>
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
        <location filename="../../cutie_app/ui/window/culling.py" line="+142"/>
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
        <location line="+24"/>
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
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+26"/>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+84"/>
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
        <location line="+47"/>
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
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+135"/>
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
        <location line="+2"/>
        <source>S or a click on the number closes it</source>
        <translation>Tekan S atau klik angkanya untuk menutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>Tekan S atau klik angkanya untuk menampilkan semuanya</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>the reason is unknown</source>
        <translation>alasannya tidak diketahui</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+122"/>
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
        <location line="+11"/>
        <source>Saved into %s</source>
        <translation>Disimpan ke %s</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+62"/>
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
        <location line="+192"/>
        <source>Seed · cap</source>
        <translation>Seed · batas</translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+81"/>
        <source>Retry failed</source>
        <translation>Ulangi yang gagal</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+2"/>
        <source>Generate variants</source>
        <translation>Buat varian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>Buat (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>One scene</source>
        <translation>Satu adegan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Seri</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+99"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries.</extracomment>
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
        <location line="+9"/>
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
        <location line="+15"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>Panduan pengguna tidak terpasang di salinan Cutie ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cutie user guide</source>
        <translation>Panduan pengguna Cutie</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Report a problem</source>
        <translation>Laporkan masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>Disalin ke papan klip: versi Cutie, Qt, Python, dan SDK Gemini, serta bagian akhir log Cutie (kunci API tidak pernah ada di sana). Tempelkan ke pesan Anda, beserta apa yang Anda lakukan dan apa yang Anda harapkan.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/window/trash.py" line="+93"/>
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
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+42"/>
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
        <location filename="../../cutie_app/ui/app.py" line="+136"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie tidak bisa membuka %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+80"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>Di mana proyek dari %s akan disimpan?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>Membongkar %s…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not import %s</source>
        <translation>Tidak bisa mengimpor %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+138"/>
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
        <location line="+2"/>
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
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+62"/>
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
        <location line="+58"/>
        <source>Nothing to show</source>
        <translation>Tidak ada yang ditampilkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ berikutnya, di posisi sama · Z pas/100 % · P/X/U · 0-5 bintang · Esc menutup</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>{name} tidak bisa ditampilkan ({reason}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+101"/>
        <source>Results and spending</source>
        <translation>Hasil dan biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-108"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+41"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+206"/>
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
        <location line="+6"/>
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
        <location line="+23"/>
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
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>Prompt yang dikirim ke model</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../cutie_app/ui/i18n.py" line="+56"/>
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
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+70"/>
        <location line="+4"/>
        <location line="+27"/>
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
        <location line="+49"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Model version</source>
        <translation>Versi model</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <location line="+43"/>
        <source>Scene</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>Character version</source>
        <translation>Versi karakter</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Response id</source>
        <translation>ID respons</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+8"/>
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
        <location line="+29"/>
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
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+65"/>
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
        <location line="+225"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>Gambar referensi</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
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
        <location line="-56"/>
        <source>Paste image</source>
        <translation>Tempel gambar</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-343"/>
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
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+80"/>
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
        <location filename="../../cutie_app/ui/window/status.py" line="+50"/>
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
        <location line="+10"/>
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
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+318"/>
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
        <location line="+14"/>
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
</TS>
