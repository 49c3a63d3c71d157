<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+137"/>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
</context>
<context>
    <name>AdjustEntry</name>
    <message>
        <location line="+27"/>
        <source>&amp;Adjust…</source>
        <translation>調整(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact local adjustments: brightness, colour, LUTs, looks (no AI)</source>
        <translation>精確的本機調整：亮度、顏色、LUT、預設集（不用 AI）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image</source>
        <translation>圖像(&amp;I)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Measuring the change and pricing the requests…</source>
        <translation>正在測量變更並估算請求費用…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send %d request(s) to %s, about $%.2f?</source>
        <translation>送出 %d 個請求到 %s，約 $%.2f？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured change: %s.</source>
        <translation>測得的變更：%s。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version was made with local steps, which repeat it exactly and for free; Cutie also makes those versions, to compare side by side.</source>
        <translation>此版本是用本機步驟做出的，可以免費且完全一致地重複；Cutie 也會產生這些版本，方便並排比較。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model</source>
        <translation>用模型重複此變更</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking the model…</source>
        <translation>正在詢問模型…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%d variant(s) made</source>
        <translation>已產生 %d 個變體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d exact local version(s)</source>
        <translation>%d 個精確的本機版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AdjustPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+243"/>
        <source>Before / after</source>
        <extracomment>Copied steps, shared by every pane of the app (like a clipboard).</extracomment>
        <translation>前後對比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>拖曳分隔線：左側為調整前，右側為調整後</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+221"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment steps, applied top to bottom</source>
        <translation>調整步驟，由上而下依序套用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied top to bottom. Drag to reorder; untick to mute.</source>
        <translation>由上而下依序套用。拖曳可調整順序；取消勾選即停用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT file (.cube)…</source>
        <translation>LUT 檔案 (.cube)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>匹配錨圖顏色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all</source>
        <translation>全部重設</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looks</source>
        <translation>預設集</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved looks</source>
        <translation>已儲存的預設集</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <translation>套用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>強度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look amount</source>
        <translation>預設集強度</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as look…</source>
        <translation>存為預設集…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep a new look</source>
        <translation>新預設集的儲存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this project</source>
        <translation>僅此專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for all projects</source>
        <translation>所有專案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other images</source>
        <translation>其他圖像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste here</source>
        <translation>貼到這裡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted steps:</source>
        <translation>貼上的步驟：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How pasted steps meet existing ones</source>
        <translation>貼上的步驟如何與現有步驟合併</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the same kind</source>
        <translation>取代同類步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go after the others</source>
        <translation>接在其他步驟之後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace every step</source>
        <translation>取代所有步驟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste onto selection</source>
        <translation>貼到所選圖像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected…</source>
        <translation>同步到所選圖像…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model…</source>
        <translation>用模型重複此變更…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For changes the steps can&apos;t make: ask the image model to repeat what this version changed (measured against its source) on each other selected image. Billed.</source>
        <translation>用於步驟做不到的變更：讓圖像模型把此版本的變更（相對其來源測得）重複套用到其他每張所選圖像上。會計費。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants per image</source>
        <translation>每張圖像的變體數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> each</source>
        <translation> 個/張</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch progress</source>
        <translation>批次進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply as new version</source>
        <translation>套用為新版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the full-size image with these steps as a new version; the source stays</source>
        <translation>用這些步驟算出全尺寸圖像，存為新版本；原圖保留</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Image #%d</source>
        <translation>圖像 #%d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d other selected image(s) in the gallery.</source>
        <translation>圖庫中另有 %d 張所選圖像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select more images in the gallery to paste or sync onto them.</source>
        <translation>在圖庫中再選幾張圖像，即可貼上或同步到它們上。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the suggested steps</source>
        <translation>加入建議的步驟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image #%d · %d×%d · preview %d×%d</source>
        <translation>圖像 #%d · %d×%d · 預覽 %d×%d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An adjusted version: its steps apply to the original, image #%d.</source>
        <translation>這是調整後的版本：其步驟作用於原圖（圖像 #%d）。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unmute %s</source>
        <translation>啟用 %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute %s</source>
        <translation>停用 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Reorder steps</source>
        <translation>調整步驟順序</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %s</source>
        <translation>變更 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %s</source>
        <translation>新增 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset %s</source>
        <translation>重設 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset all steps</source>
        <translation>重設所有步驟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a LUT</source>
        <translation>新增 LUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>Cube LUT (*.cube);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rendering the full-size image…</source>
        <translation>正在算出全尺寸圖像…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was not saved.</source>
        <translation>圖像未儲存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as image #%d, a new version of image #%d.</source>
        <translation>已儲存為圖像 #%d，是圖像 #%d 的新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d · %d×%d</source>
        <translation>圖像 #%d · %d×%d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>project</source>
        <translation>專案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use look %s</source>
        <translation>套用預設集 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as look</source>
        <translation>存為預設集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the look:</source>
        <translation>預設集名稱：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %d step(s).</source>
        <translation>已複製 %d 個步驟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy adjustments</source>
        <translation>複製調整</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste steps</source>
        <translation>貼上步驟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pasting onto %d image(s)…</source>
        <translation>正在貼到 %d 張圖像…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing %d image(s)…</source>
        <translation>正在同步 %d 張圖像…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected</source>
        <translation>同步到所選圖像</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d of %d</source>
        <translation>%d / %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling: images being written are finished, the rest skipped…</source>
        <translation>正在取消：寫入中的圖像會完成，其餘略過…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d new version(s) saved</source>
        <translation>已儲存 %d 個新版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d cancelled</source>
        <translation>%d 個已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d failed: %s</source>
        <translation>%d 個失敗：%s</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved look “%s”.</source>
        <translation>已儲存預設集「%s」。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted look “%s”.</source>
        <translation>已刪除預設集「%s」。</translation>
    </message>
</context>
<context>
    <name>AdjustSteps</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+49"/>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>對比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation</source>
        <translation>飽和度</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+244"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>色溫</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>色調</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Levels</source>
        <translation>色階</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT</source>
        <translation>LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>匹配錨圖顏色</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+208"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>暗角</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Grain</source>
        <translation>顆粒</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-268"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+7"/>
        <source>Exposure (stops)</source>
        <translation>曝光（級）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Brightness factor</source>
        <translation>亮度倍數</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Contrast factor</source>
        <translation>對比倍數</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Saturation factor</source>
        <translation>飽和度倍數</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+3"/>
        <source>Levels strength</source>
        <translation>色階強度</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Curve strength</source>
        <translation>曲線強度</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>LUT strength</source>
        <translation>LUT 強度</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Colour match strength</source>
        <translation>顏色匹配強度</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+2"/>
        <source>Grain amount</source>
        <extracomment>Seeds are stored in JSON; keep them exact in every JSON reader (53 bits).</extracomment>
        <translation>顆粒量</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+79"/>
        <location line="+5"/>
        <source>Amount</source>
        <extracomment>The slider&apos;s range per kind (the number box allows the step&apos;s whole range). Steps the Add menu makes directly (a LUT and a colour match need a file or the anchor).</extracomment>
        <translation>強度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a step to change its amount.</source>
        <translation>選取一個步驟來調整它的強度。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Black point</source>
        <translation>黑點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White point</source>
        <translation>白點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midtones</source>
        <translation>中間調</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Midpoint</source>
        <translation>中點</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same grain on every run.</source>
        <translation>相同的種子每次都會產生相同的顆粒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1</source>
        <translation>點的座標 x,y 介於 0 到 1，以空格分隔，例如 0,0 0.5,0.6 1,1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Points</source>
        <translation>控制點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the LUT file kept in the project.</source>
        <translation>使用存放在專案中的 LUT 檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours measured from the anchor when the step was added.</source>
        <translation>顏色取自加入此步驟時的錨圖。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write points as x,y pairs.</source>
        <translation>請將點寫成 x,y 座標對。</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+367"/>
        <source>Before / after</source>
        <translation>前後對比</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Side by side</source>
        <translation>並排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>滑動對比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>差異，加亮 ×%.1f · 平均變化 %.1f</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This image cannot be shown: %s</source>
        <translation>無法顯示這張圖像：%s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-336"/>
        <location line="+1"/>
        <source>Previous branch (Alt+Left)</source>
        <translation>上一個分支 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next branch (Alt+Right)</source>
        <translation>下一個分支 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch %d of %d</source>
        <translation>第 %d 個分支，共 %d 個</translation>
    </message>
</context>
<context>
    <name>CharacterEditing</name>
    <message>
        <location filename="../../cutie_app/ui/window/editing.py" line="+65"/>
        <source>Edit character</source>
        <translation>編輯角色</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No saved versions yet</source>
        <translation>還沒有儲存的版本</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore character version</source>
        <translation>還原角色版本</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the anchor</source>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a reference</source>
        <translation>參考圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d is now %s</source>
        <translation>圖像 #%d 現在是%s</translation>
    </message>
</context>
<context>
    <name>Comparator</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+343"/>
        <source>Compare images</source>
        <translation>比較圖像</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the comparison (Esc)</source>
        <translation>離開比較 (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anchor and one candidate side by side (C)</source>
        <translation>錨圖與一張候選圖並排 (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up to eight images in a grid (N)</source>
        <translation>最多八張圖像排成網格 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>滑動對比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A and B in one view with a draggable divider (W)</source>
        <translation>A 與 B 同一畫面，中間有可拖曳的分隔線 (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where A and B differ, brightened (D)</source>
        <translation>A 與 B 不同之處，加亮顯示 (D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+736"/>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>Fit whole images (Z toggles)</source>
        <translation>完整顯示圖像（Z 切換）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One image pixel per screen pixel (Z toggles)</source>
        <translation>圖像像素與螢幕像素一比一（Z 切換）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loupe</source>
        <translation>放大鏡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 100 % magnifier under the cursor (hold L or the middle button)</source>
        <translation>游標下的 100 % 放大鏡（按住 L 或滑鼠中鍵）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-sync</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line panes up again after Shift+wheel or Shift+drag (S)</source>
        <translation>在 Shift+滾輪或 Shift+拖曳後重新對齊各窗格 (S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Auto-advance</source>
        <translation>自動前進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a flag or rating, move to the next candidate</source>
        <translation>標記或評分後跳到下一張候選圖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set as anchor</source>
        <translation>設為錨圖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected image the anchor</source>
        <translation>把所選圖像設為錨圖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>加入參考圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected image to the reference slots</source>
        <translation>把所選圖像加入參考圖欄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the recipe panel (I)</source>
        <translation>顯示或隱藏配方面板 (I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in conversation</source>
        <translation>在對話中編輯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation that edits the selected image</source>
        <translation>開始一段編輯所選圖像的對話</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>←/→ step · P pick · X reject · U unflag · 0–5 stars · Z fit/100 % · L loupe · Shift+wheel one pane · S re-sync · Esc back</source>
        <translation>←/→ 切換 · P 選中 · X 淘汰 · U 取消標記 · 0–5 星級 · Z 符合/100 % · L 放大鏡 · Shift+滾輪 單一窗格 · S 重新同步 · Esc 返回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="+485"/>
        <source>The file {name} is missing.</source>
        <translation>檔案 {name} 不見了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can&apos;t be read: the file is damaged or not an image.</source>
        <translation>無法讀取 {name}：檔案已損壞或不是圖像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is too large to show.</source>
        <translation>這張圖像太大，無法顯示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image could not be shown ({kind}).</source>
        <translation>無法顯示這張圖像（{kind}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the difference…</source>
        <translation>正在計算差異…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · 像素完全相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · no difference at screen size (the sizes differ)</source>
        <translation>|A − B| · 按螢幕尺寸無差異（尺寸不同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · 加亮 ×{gain} · 最大差異 {peak}/255 · 平均 {mean}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured at screen size (the sizes differ)</source>
        <translation>按螢幕尺寸測量（尺寸不同）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom {p} %</source>
        <translation>縮放 {p} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No images to compare</source>
        <translation>沒有可比較的圖像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate {n} of {total}</source>
        <translation>候選圖 {n} / {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images</source>
        <translation>{count} 張圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {shown}; ←/→ scroll</source>
        <translation>顯示 {shown} 張；←/→ 捲動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+click picked a second image: recipes compared</source>
        <translation>Ctrl+按一下選了第二張圖像：已比較配方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>未選取任何內容</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location line="-1047"/>
        <source>Image pane {n}</source>
        <translation>圖像窗格 {n}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>anchor</source>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked</source>
        <translation>已選中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 5 stars</source>
        <translation>{n} / 5 星</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit {p} %</source>
        <translation>符合 {p} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsynced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Anchor</source>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick</source>
        <translation>選中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+72"/>
        <source>The conversation cannot do that</source>
        <translation>對話無法這樣做</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong in the conversation</source>
        <translation>對話中出了點問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your turns so far are saved; try again.</source>
        <translation>目前為止的各輪都已儲存；請再試一次。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No project is open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project first.</source>
        <translation>請先開啟一個專案。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+77"/>
        <source>Conversation editing</source>
        <translation>對話編輯</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New ▾</source>
        <extracomment>Whether anything listens to `exact_requested` (the window has the adjustment pane).</extracomment>
        <translation>新增 ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a conversation</source>
        <translation>開始對話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New conversation from the character</source>
        <translation>從角色新增對話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the anchor in a conversation</source>
        <translation>在對話中編輯錨圖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this conversation</source>
        <translation>重新命名此對話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this conversation (its images stay)</source>
        <translation>刪除此對話（其圖像保留）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conversations of this project</source>
        <translation>此專案的對話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation&apos;s turns</source>
        <translation>對話的各輪</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restart from this image</source>
        <translation>從這張圖像重新開始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing your earlier message: it will be sent as a new branch.</source>
        <translation>正在編輯你先前的訊息：它會以新分支送出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t edit</source>
        <translation>不編輯了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing the earlier message</source>
        <translation>停止編輯先前的訊息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do it exactly, without AI</source>
        <translation>精確完成，不用 AI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do this tone change exactly with local adjustments, without asking the model</source>
        <translation>用本機調整精確完成這個色調變化，不詢問模型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep everything else exactly the same</source>
        <translation>其他一切保持完全不變</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the reminder: keep everything else exactly the same</source>
        <translation>加上提醒：其他一切保持完全不變</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds “Change only this … Keep everything else exactly the same” to your message</source>
        <translation>在你的訊息中加上「只改這一處……其他一切保持完全不變」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tries: each is its own request and branch</source>
        <translation>嘗試次數：每次都是獨立的請求與分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ×N: N requests in parallel, each answer its own branch</source>
        <translation>送出 ×N：平行送出 N 個請求，每個回答各成一個分支</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the turn in flight (Esc)</source>
        <translation>停止進行中的這一輪 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+299"/>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>送出 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · %s · %d turns · $%.2f</source>
        <translation>%s · %s · %d 輪 · $%.2f</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename conversation</source>
        <translation>重新命名對話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete conversation</source>
        <translation>刪除對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”? Its images stay in the project.</source>
        <translation>刪除「%s」？其圖像仍保留在專案中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (demo, not billed)</source>
        <translation>（示範，不計費）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d turns · total $%.2f%s</source>
        <translation>%d 輪 · 共 $%.2f%s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conversation open. Choose one above, start one with New, or right-click an image in the gallery and choose Edit in conversation.</source>
        <translation>沒有開啟的對話。在上方選擇一個，按「新增」開始一個，或在圖庫中對圖像按右鍵並選擇「在對話中編輯」。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Say what to change in image #%d.</source>
        <translation>說明要在圖像 #%d 中改什麼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to change in the anchor.</source>
        <translation>說明要在錨圖中改什麼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what to draw; the character sheet and references go with it.</source>
        <translation>描述要畫什麼；角色設定和參考圖會一併送出。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>before #%d</source>
        <translation>改前 #%d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after #%d</source>
        <translation>改後 #%d</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Say “%s”</source>
        <translation>改說「%s」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use numbers: %s</source>
        <translation>用數字表達：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%s” with this wording</source>
        <translation>把「%s」換成這種說法</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open image #%d in the adjustment pane with: %s. Nothing is sent to the model.</source>
        <translation>在調整面板中開啟圖像 #%d，並加入：%s。不會傳送任何內容給模型。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sending…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An answer was delivered (and billed) but not saved: %s</source>
        <translation>收到了一個回答（已計費），但未能儲存：%s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The next turn is too large to send.</source>
        <translation>下一輪太大，無法送出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation is getting large.</source>
        <translation>這個對話越來越大了。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/crash_dialog.py" line="+68"/>
        <location line="+1"/>
        <source>Cutie ran into a problem</source>
        <translation>Cutie 遇到了問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Cutie.</source>
        <translation>Cutie 內部出了點問題。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cutie hit an error it did not expect.</source>
        <translation>Cutie 遇到了意外錯誤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie hit an error it did not expect while working in the background.</source>
        <translation>Cutie 在背景工作時遇到了意外錯誤。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your project is safe: what was saved is still on disk. You can keep working; if something looks wrong, save what you can and restart Cutie.</source>
        <translation>你的專案是安全的：已儲存的內容仍在磁碟上。你可以繼續工作；如果有什麼不對勁，請盡量儲存後重新啟動 Cutie。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error: {error}</source>
        <translation>錯誤：{error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error details</source>
        <translation>錯誤詳細資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log is kept in {folder}</source>
        <translation>記錄檔保存在 {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file is being written.</source>
        <translation>目前沒有寫入記錄檔。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more problem(s) happened since; all of them are below and in the log.</source>
        <translation>
            <numerusform>此後又發生了 %n 個問題；全部列在下方，也記錄在記錄檔中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {folder}; its path is on the clipboard.</source>
        <translation>無法開啟 {folder}；路徑已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>CullingController</name>
    <message>
        <location filename="../../cutie_app/ui/window/culling.py" line="+174"/>
        <source>The image is in %s</source>
        <extracomment>How many images around the selected one the loupe&apos;s filmstrip holds.</extracomment>
        <translation>圖像位於 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied image #%d</source>
        <translation>已複製圖像 #%d</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image #%d&apos;s settings are in the Generate panel</source>
        <translation>圖像 #%d 的設定已放入「產生」面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not available now: %s)</source>
        <translation>（目前無法使用：%s）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no recipe</source>
        <translation>這張圖像沒有配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image #%d was recovered or imported without one.</source>
        <translation>圖像 #%d 是救回或匯入的，沒有配方。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring consistency…</source>
        <translation>正在評估一致性…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking image #%d against the spec…</source>
        <translation>正在對照設定檢查圖像 #%d…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparing the first %d of %d images: the comparator shows up to %d at once</source>
        <translation>正在比較前 %d 張（共 %d 張）：比較檢視一次最多顯示 %d 張</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+71"/>
        <source>Difference between image A and image B</source>
        <translation>圖像 A 與圖像 B 的差異</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+27"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; {detail}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;{detail}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+85"/>
        <location line="+1"/>
        <source>Export Images</source>
        <extracomment>Long-edge choices offered (pixels); 0 is full size. Any other value can be typed.</extracomment>
        <translation>匯出圖像</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why the export cannot start</source>
        <translation>無法開始匯出的原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>匯出進度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the export</source>
        <translation>開始匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export after the current image</source>
        <translation>目前圖像完成後停止匯出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images</source>
        <translation>圖像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %d selected</source>
        <translation>目前所選的 %d 張</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected image</source>
        <translation>目前所選圖像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picks</source>
        <translation>選中的圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at least</source>
        <translation>評分至少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>全部圖像</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum stars</source>
        <translation>最低星級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> stars</source>
        <translation> 星</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Include rejected images</source>
        <translation>包含已淘汰的圖像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format and size</source>
        <translation>格式與尺寸</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>檔案格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (lossless)</source>
        <translation>PNG（無損）</translation>
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
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quality</source>
        <translation>品質(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long edge in pixels</source>
        <translation>長邊像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full size</source>
        <translation>全尺寸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d px</source>
        <translation>%d px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long edge</source>
        <translation>長邊(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where and named how</source>
        <translation>儲存位置與命名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export folder</source>
        <translation>匯出資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export folder</source>
        <translation>選擇匯出資料夾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older</source>
        <translation>資料夾(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File name pattern</source>
        <translation>檔名樣式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Names</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example file name</source>
        <translation>檔名範例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the files carry</source>
        <translation>檔案中包含的資訊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipe (prompt, model, settings), with the rating in an XMP sidecar</source>
        <translation>配方（提示詞、模型、設定），評分另存於 XMP 附屬檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embed the recipe</source>
        <translation>嵌入配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client copy: no prompts, tagged as AI-generated</source>
        <translation>給客戶的副本：不含提示詞，標示為 AI 產生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client copy</source>
        <translation>客戶副本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the long edge in pixels, such as 1600, or choose Full size.</source>
        <translation>請輸入長邊像素，例如 1600，或選擇「全尺寸」。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For example: %s</source>
        <translation>例如：%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export images to folder</source>
        <translation>匯出圖像到資料夾</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder to export into.</source>
        <translation>請選擇要匯出到的資料夾。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The export stopped because of an error in Cutie (%s).</source>
        <translation>由於 Cutie 內部錯誤，匯出已停止（%s）。</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cutie_app/ui/panes/gallery.py" line="+353"/>
        <source>Filter by scene</source>
        <extracomment>Shown in the middle of an empty list: what to do next, or why nothing matches. The selected tiles changed (read them with `selected_ids`). Actions other panes add to a saved image&apos;s context menu (they read `selected_ids`).</extracomment>
        <translation>依場景篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All scenes</source>
        <translation>全部場景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by flag</source>
        <translation>依標記篩選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any flag</source>
        <translation>任意標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>選中的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>未標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>最低評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>任意評分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or more</source>
        <translation> 以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>依模型篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by where images came from</source>
        <translation>依圖像來源篩選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>生成的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From conversations</source>
        <translation>來自對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted versions</source>
        <translation>調整後的版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best rated</source>
        <translation>評分最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most consistent</source>
        <translation>最一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by</source>
        <translation>堆疊方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks</source>
        <translation>不堆疊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by batch</source>
        <translation>依批次堆疊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by scene</source>
        <translation>依場景堆疊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by: show each batch or scene as one tile, its best image on top. S opens or closes the stack under the cursor.</source>
        <translation>堆疊方式：每個批次或場景只顯示為一個圖塊，最好的圖像放在最上面。按 S 展開或收合游標所在的堆疊。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Generated images</source>
        <translation>產生的圖像</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+417"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Compare the selected images</source>
        <translation>比較所選圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selection side by side (one image: against the anchor). Key: C</source>
        <translation>並排比較所選圖像（只選一張時與錨圖比較）。快速鍵：C</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>縮圖大小</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No images match these filters.</source>
        <translation>沒有符合這些篩選條件的圖像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No images yet. Describe a scene and press Generate (Ctrl+Enter).</source>
        <translation>還沒有圖像。描述一個場景，然後按「生成」（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>%d images</source>
        <translation>%d 張圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacks: %d</source>
        <translation>堆疊：%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d selected</source>
        <translation>已選 %d 張</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set as anchor</source>
        <translation>設為錨圖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>加入參考圖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick (P)</source>
        <translation>選中 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>淘汰 (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag (U)</source>
        <translation>取消標記 (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>評分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stars</source>
        <translation>無星級</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again (same recipe, new variants)</source>
        <translation>再來一次（同一配方，新變體）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary (open its recipe to change one thing)</source>
        <translation>變化（開啟其配方，改動一處）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy image</source>
        <translation>複製圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check against spec</source>
        <translation>對照設定檢查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in conversation</source>
        <translation>在對話中編輯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash (Delete)</source>
        <translation>移到資源回收筒 (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stack to Trash (%d images)…</source>
        <translation>將整個堆疊移到資源回收筒（%d 張圖像）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this variant</source>
        <translation>取消此變體</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare stack (%d images)</source>
        <translation>比較整個堆疊（%d 張圖像）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collapse stack (S)</source>
        <translation>收合堆疊 (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand stack (S)</source>
        <translation>展開堆疊 (S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set as top of stack</source>
        <translation>設為堆疊頂部圖像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the best image on top</source>
        <translation>改回最佳圖像置頂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand all stacks</source>
        <translation>展開全部堆疊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all stacks</source>
        <translation>收合全部堆疊</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+136"/>
        <source>#%d · chat</source>
        <translation>#%d · 對話</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No preview</source>
        <translation>無預覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Blocked</source>
        <translation>已封鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words only</source>
        <translation>僅文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Not run</source>
        <translation>未執行</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Generating…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not saved: %s</source>
        <translation>未儲存：%s</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+12"/>
        <source>No picture</source>
        <translation>無圖像</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not run</source>
        <translation>未執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to cancel this variant</source>
        <translation>按右鍵可取消此變體</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Save as… or Try again; the image is kept until you do.</source>
        <translation>右鍵 → 另存新檔…或再試一次；在你操作之前，圖像會一直保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Retry, or double-click</source>
        <translation>右鍵 → 重試，或按兩下</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d · %s</source>
        <translation>圖像 #%d · %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character&apos;s anchor reference</source>
        <translation>角色的錨圖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene: %s</source>
        <translation>場景：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation %s, turn %s</source>
        <translation>對話 %s，第 %s 輪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the image file is missing or cannot be read.</source>
        <translation>無預覽：圖像檔遺失或無法讀取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d</source>
        <translation>圖像 #%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anchor</source>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top of a stack of %d images, open</source>
        <translation>%d 張圖像堆疊的頂部，已展開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top of a stack of %d images, closed</source>
        <translation>%d 張圖像堆疊的頂部，已收合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a stack of %d images</source>
        <translation>在 %d 張圖像的堆疊中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked</source>
        <translation>已選中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d stars</source>
        <translation>%d 星</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d%% consistent</source>
        <translation>一致性 %d%%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stack of %d images of one scene</source>
        <translation>同一場景的 %d 張圖像堆疊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stack of %d images from one batch</source>
        <translation>同一批次的 %d 張圖像堆疊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as its top</source>
        <translation>已指定為頂部圖像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the best image is on top</source>
        <translation>最佳圖像置頂</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S or a click on the number closes it</source>
        <translation>按 S 或點擊數字即可收合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>按 S 或點擊數字即可全部展開</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>the reason is unknown</source>
        <translation>原因不明</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+123"/>
        <source>Nothing to draw yet</source>
        <translation>還沒有可畫的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character or write a scene first.</source>
        <translation>請先描述角色或寫一個場景。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+57"/>
        <source>Generating %d variants…</source>
        <translation>正在產生 %d 個變體…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>S%d</source>
        <translation>S%d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A reference of that image is gone</source>
        <translation>該圖像用過的一張參考圖已不在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the reference slots any more: %s.</source>
        <translation>已不在參考圖欄中：%s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it again, or use Vary to generate with the current references.</source>
        <translation>請重新加入它，或用「變化」以目前的參考圖產生。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A delivered image was not saved</source>
        <translation>有一張已收到的圖像沒有儲存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the free disk space and the project folder&apos;s permissions, then right-click the image: Try again, or Save as… into another folder.</source>
        <translation>請檢查磁碟剩餘空間和專案資料夾的權限，然後對該圖像按右鍵：再試一次，或另存新檔…到其他資料夾。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the image into a folder</source>
        <translation>把圖像儲存到資料夾</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved into %s</source>
        <translation>已儲存到 %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New in Google&apos;s model list</source>
        <translation>Google 模型清單中的新模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick it under Model to try it; Cutie has not checked its limits or prices yet.</source>
        <translation>在「模型」中選擇即可試用；Cutie 尚未核實它的限制和價格。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%d of %d variants delivered</source>
        <translation>已收到 %d / %d 個變體</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+65"/>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aspect ratio</source>
        <translation>長寬比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation>圖像尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape</source>
        <translation>畫幅</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Seed (optional)</source>
        <translation>種子（選填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A whole number. Google does not promise a seed repeats an image; if the model refuses it, Cutie sends the request without it, tells you once and hides this field for that model.</source>
        <translation>一個整數。Google 不保證同一種子能重現圖像；若模型拒絕種子，Cutie 會不帶種子送出請求，提示你一次，並對該模型隱藏此欄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget cap per batch in US dollars</source>
        <translation>每批預算上限（美元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget cap</source>
        <translation>無預算上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse to start a batch whose estimated cost is above this amount.</source>
        <translation>預估費用超過此金額的批次不會開始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Seed · cap</source>
        <translation>種子 · 上限</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>One scene or a series</source>
        <translation>單一場景或系列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of variants</source>
        <translation>變體數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>變體</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Scene</source>
        <translation>場景</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What happens in this picture, e.g. full-body turnaround, waving</source>
        <translation>這張圖裡發生什麼，例如：全身三視圖、揮手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Estimated cost</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Retry failed</source>
        <translation>重試失敗項目</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Retry the failed variants</source>
        <translation>重試失敗的變體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel generation</source>
        <translation>取消產生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel every running variant (Esc)</source>
        <translation>取消所有執行中的變體 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate variants</source>
        <translation>產生變體</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>產生 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>One scene</source>
        <translation>單一場景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The seed must be a whole number, like 42.</source>
        <translation>種子必須是整數，例如 42。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed must be between %d and %d.</source>
        <translation>種子必須介於 %d 到 %d 之間。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry %d failed</source>
        <translation>重試 %d 個失敗項目</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model %s</source>
        <translation>模型 %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Match references / 1:1</source>
        <translation>與參考圖一致 / 1:1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed (%s)</source>
        <translation>固定（%s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget cap</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%d × price unknown</source>
        <translation>%d × 價格未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo, not billed</source>
        <translation>示範，不計費</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+60"/>
        <source>The image could not be saved there</source>
        <translation>無法把圖像儲存到那裡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick another folder; the image stays in the gallery until it is saved.</source>
        <translation>請選擇另一個資料夾；圖像在儲存之前會一直留在圖庫中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project is open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie saves every image into a project, so it generates only while one is open.</source>
        <translation>Cutie 會把每張圖像儲存到專案中，所以只有開啟專案時才能產生。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create a project (File menu), then generate.</source>
        <translation>請開啟或新增一個專案（檔案選單），然後再產生。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+102"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries. A mnemonic as Chinese and Japanese menus write it, after the text: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projects (new ones start here)</source>
        <translation>專案（新專案從這裡開始）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images kept when they could not be saved in their project</source>
        <translation>無法存入所屬專案而另存的圖像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache (safe to delete)</source>
        <translation>快取（可放心刪除）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>此 Cutie 副本未安裝使用者指南。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cutie user guide</source>
        <translation>Cutie 使用者指南</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Report a problem</source>
        <translation>回報問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>已複製到剪貼簿：Cutie、Qt、Python 與 Gemini SDK 的版本，以及 Cutie 記錄檔的結尾（其中絕不含 API 金鑰）。請貼到你的訊息中，並說明你做了什麼、原本預期會怎樣。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Cutie</source>
        <translation>關於 Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie: one character, many images.</source>
        <translation>Cutie：一個角色，許多圖像。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Log Folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report a Problem…</source>
        <translation>回報問題(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/histogram_view.py" line="+28"/>
        <source>Histogram</source>
        <translation>直方圖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%d visible pixels</source>
        <translation>%d 個可見像素</translation>
    </message>
</context>
<context>
    <name>ImageDeleting</name>
    <message>
        <location filename="../../cutie_app/ui/window/trash.py" line="+94"/>
        <location line="+7"/>
        <source>Move to Trash</source>
        <translation>移到資源回收筒</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Move %n image(s) to the trash?</source>
        <translation>
            <numerusform>將 %n 張圖片移到資源回收筒？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You can undo this with Edit › Undo; the files stay in the system trash.</source>
        <translation>可以用「編輯 › 復原」放回；檔案留在系統資源回收筒中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The anchor was made from one of them; it keeps its own copy.</source>
        <translation>錨圖由其中一張產生；錨圖保留自己的副本。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference slot(s) were made from them and keep their own copies.</source>
        <translation>
            <numerusform>%n 個參考欄位由它們產生，各自保留副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n adjusted version(s) stay in the project, no longer linked to them.</source>
        <translation>
            <numerusform>%n 個調整後的版本留在專案中，不再與它們連結。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conversation turn(s) made from them stay in the project.</source>
        <translation>
            <numerusform>由它們產生的 %n 個對話回合留在專案中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>刪除 %n 張圖片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n image(s) to the trash (Edit › Undo puts them back)</source>
        <translation>
            <numerusform>已將 %n 張圖片移到資源回收筒（「編輯 › 復原」可放回）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Some images were not moved to the trash</source>
        <translation>部分圖片未能移到資源回收筒</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Put %n image(s) back from the trash</source>
        <translation>
            <numerusform>已從資源回收筒放回 %n 張圖片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some images could not be put back</source>
        <translation>部分圖片未能放回</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../../cutie_app/ui/models/job_queue.py" line="+75"/>
        <source>Check the seed</source>
        <translation>請檢查種子</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+43"/>
        <source>Gemini API key</source>
        <extracomment>Wide enough that the keyring advice reads as two or three lines, not a word per line.</extracomment>
        <translation>Gemini API 金鑰</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste your key from Google AI Studio. Cutie stores it in your system keyring (never in a file) and sends it only to Google.</source>
        <translation>貼上你在 Google AI Studio 取得的金鑰。Cutie 只把它保存在系統鑰匙圈中（從不寫入檔案），也只傳送給 Google。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the key was not saved</source>
        <translation>金鑰未儲存的原因</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The keyring refused the key ({error}).</source>
        <translation>鑰匙圈拒絕了此金鑰（{error}）。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../cutie_app/ui/app.py" line="+162"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie 無法開啟 %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+97"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. The window icon&apos;s sizes: resources/app/cutie-&lt;N&gt;.png. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>把 %s 中的專案放在哪裡？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>正在解開 %s…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not import %s</source>
        <translation>無法匯入 %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+140"/>
        <source>Project total</source>
        <extracomment>Readable on the light and the dark theme alike (the text colour is set with it).</extracomment>
        <translation>專案總計</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger summary</source>
        <translation>費用摘要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend per scene</source>
        <translation>各場景費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>場景</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Calls</source>
        <translation>呼叫次數</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+11"/>
        <source>Images</source>
        <translation>圖像</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Billed calls</source>
        <translation>已計費的呼叫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By scene</source>
        <translation>依場景</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing spent yet</source>
        <translation>尚無花費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call that reaches Google is listed here with its cost.</source>
        <translation>每次送到 Google 的呼叫都會連同費用列在這裡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project total: %s</source>
        <translation>專案總計：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>（示範，不計費）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d calls</source>
        <translation>%d 次呼叫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d images</source>
        <translation>%d 張圖像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d billed without an image</source>
        <translation>%d 次計費但無圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ marks Cutie&apos;s estimate where Google reported no cost</source>
        <translation>≈ 表示 Google 未回報費用時 Cutie 的估算</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scene</source>
        <translation>無場景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed scene #%d</source>
        <translation>已刪除的場景 #%d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty scene #%d)</source>
        <translation>（空場景 #%d）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%d input, %d output, %d thinking tokens</source>
        <translation>輸入 %d、輸出 %d、思考 %d 個 token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response id: %s</source>
        <translation>回應 ID：%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image came back and was billed, but could not be saved: %s</source>
        <translation>圖像已傳回並已計費，但無法儲存：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded</source>
        <translation>未記錄原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer never arrived.</source>
        <translation>回答始終沒有送達。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s — billed</source>
        <translation>%s — 已計費</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No image came back, but the call was still billed: Google charges for the input tokens (prompt and reference images) of a request it blocks or answers without an image.</source>
        <translation>沒有傳回圖像，但這次呼叫仍被計費：對於被封鎖或沒有傳回圖像的請求，Google 仍按輸入 token（提示詞和參考圖）收費。</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+63"/>
        <location line="+1"/>
        <source>Loupe</source>
        <translation>放大鏡</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image, as large as the screen</source>
        <translation>圖像，以螢幕大小顯示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which image, and the keys</source>
        <translation>目前圖像與按鍵說明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filmstrip</source>
        <translation>縮圖列</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing to show</source>
        <translation>沒有可顯示的內容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ 下一張，同一位置 · Z 符合/100 % · P/X/U · 0-5 星級 · Esc 關閉</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>無法顯示 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+102"/>
        <source>Results and spending</source>
        <translation>結果與花費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending</source>
        <translation>花費</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>(demo)</source>
        <translation>（示範）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-115"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+32"/>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/window/menus.py" line="-8"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Project &amp;As…</source>
        <translation>專案另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Images…</source>
        <translation>匯出圖像(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Project</source>
        <translation>關閉專案(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste Image as Reference</source>
        <translation>貼上圖像為參考圖(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character &amp;Versions…</source>
        <translation>角色版本(&amp;V)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemini API &amp;key…</source>
        <translation>Gemini API 金鑰(&amp;K)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate Variants</source>
        <translation>產生變體(&amp;G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &amp;Series</source>
        <translation>執行系列(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel All</source>
        <translation>全部取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry Failed</source>
        <translation>重試失敗項目(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score &amp;Consistency of All Images</source>
        <translation>為所有圖像評估一致性(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare Selected</source>
        <translation>比較所選(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace</source>
        <translation>工作區(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Loupe (Full Screen)</source>
        <translation>放大鏡（全螢幕）(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spending</source>
        <translation>花費(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Cutie</source>
        <translation>關於 Cutie(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="-68"/>
        <source>Your message</source>
        <extracomment>Turn images are shown this tall: two turns fit in the pane on a 768-pixel-high screen.</extracomment>
        <translation>你的訊息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change, e.g. “make her smile”. Ctrl+Enter sends, Up edits your last one.</source>
        <translation>要改什麼，例如「讓她笑起來」。Ctrl+Enter 送出，按上方向鍵編輯上一則。</translation>
    </message>
</context>
<context>
    <name>NoProjectPage</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="+67"/>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;p&gt;Create a project for a new character, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;沒有開啟的專案&lt;/h2&gt;&lt;p&gt;為新角色建立一個專案，或開啟現有專案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project…</source>
        <translation>新增專案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>開啟專案…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Recent projects</source>
        <translation>最近的專案</translation>
    </message>
</context>
<context>
    <name>PairWipe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="-17"/>
        <source>Wipe: image A left of the divider, image B right</source>
        <translation>滑動對比：分隔線左側為圖像 A，右側為圖像 B</translation>
    </message>
</context>
<context>
    <name>PaletteEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+207"/>
        <source>Add colour</source>
        <translation>新增顏色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add palette colour</source>
        <translation>新增調色盤顏色</translation>
    </message>
</context>
<context>
    <name>PaletteRow</name>
    <message>
        <location line="-65"/>
        <source>Pick colour</source>
        <translation>選擇顏色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hex colour</source>
        <translation>十六進位顏色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour name</source>
        <translation>顏色名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour name</source>
        <translation>顏色名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this colour</source>
        <translation>移除此顏色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove colour</source>
        <translation>移除顏色</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Palette colour</source>
        <translation>調色盤顏色</translation>
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
        <translation>偏好設定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save preferences</source>
        <translation>儲存偏好設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>關閉且不儲存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the system keyring…</source>
        <translation>正在檢查系統鑰匙圈…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini API key</source>
        <translation>Gemini API 金鑰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cutie keeps your key only in the system keyring, never in a file, and sends it only to the Gemini endpoint. Get a key from Google AI Studio.</source>
        <translation>Cutie 只把你的金鑰保存在系統鑰匙圈中，從不寫入檔案，也只傳送給 Gemini 端點。可在 Google AI Studio 取得金鑰。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved key</source>
        <translation>已儲存的金鑰</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a new key here</source>
        <translation>在此貼上新金鑰</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+232"/>
        <source>Show the key</source>
        <translation>顯示金鑰</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+229"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Save key</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key to keyring</source>
        <translation>把金鑰儲存到鑰匙圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove key</source>
        <translation>移除金鑰</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove key from keyring</source>
        <translation>從鑰匙圈移除金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test key</source>
        <translation>測試金鑰</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the key</source>
        <translation>測試金鑰</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key status</source>
        <translation>金鑰狀態</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generation</source>
        <translation>產生</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Default model</source>
        <translation>預設模型</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Used for new generations unless a project chooses another.</source>
        <translation>新的產生都使用它，除非專案另選了模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — deprecated</source>
        <translation> — 已淘汰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — restricted</source>
        <translation> — 受限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — unverified</source>
        <translation> — 未驗證</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Parallel requests</source>
        <translation>平行請求數</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How many images are generated at the same time.</source>
        <translation>同時產生多少張圖像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout in seconds</source>
        <translation>請求逾時（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for one image before giving up. 4K images can take minutes.</source>
        <translation>等待單張圖像多久後放棄。4K 圖像可能需要幾分鐘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout</source>
        <translation>請求逾時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget cap in US dollars per batch</source>
        <translation>每批預算上限（美元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>無上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie asks before starting a batch estimated to cost more than this. Empty: never asks.</source>
        <translation>批次預估費用超過此金額時，Cutie 會先詢問。留空：從不詢問。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>US$ per batch</source>
        <translation>美元/批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget cap</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Remove location and camera data from references</source>
        <translation>移除參考圖中的位置和相機資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where a photo was taken and with which camera (EXIF, XMP, IPTC) is taken out of reference images before they are sent to Google.</source>
        <translation>參考圖傳送給 Google 之前，會移除照片的拍攝地點和所用相機資訊（EXIF、XMP、IPTC）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A new language is used the next time Cutie starts.</source>
        <translation>新語言將在下次啟動 Cutie 時生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint override</source>
        <translation>端點覆寫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s default</source>
        <translation>Google 預設</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for a proxy or gateway in front of the Gemini API, such as https://gemini.example.com/. Leave empty to talk to Google directly.</source>
        <translation>僅用於 Gemini API 前面的代理或閘道，例如 https://gemini.example.com/。留空則直接連線 Google。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>隱藏金鑰</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A key is saved: {key}</source>
        <translation>已儲存金鑰：{key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is saved; using {variable} from the environment: {key}</source>
        <translation>未儲存金鑰；正在使用環境變數 {variable}：{key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key is saved.</source>
        <translation>未儲存金鑰。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a key into the field first.</source>
        <translation>請先在欄位中貼上金鑰。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was accepted, but it offers no image models.</source>
        <translation>金鑰有效，但沒有可用的圖像模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Key works — %n image model(s) available: {models}</source>
        <translation>
            <numerusform>金鑰可用 — 有 %n 個圖像模型：{models}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter an http:// or https:// address without a user name, password, query or fragment, or leave it empty.</source>
        <translation>請輸入 http:// 或 https:// 位址，不含使用者名稱、密碼、查詢或片段；也可留空。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter an amount in US dollars, such as 5 or 2.50, or leave it empty.</source>
        <translation>請輸入美元金額，例如 5 或 2.50；也可留空。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter an amount of 0 or more, or leave it empty.</source>
        <translation>請輸入 0 或更大的金額；也可留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low:g} to {high:g}.</source>
        <translation>請輸入 {low:g} 到 {high:g} 之間的數字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>此值無效。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved in the system keyring.</source>
        <translation>已儲存到系統鑰匙圈。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key was removed from the system keyring.</source>
        <translation>已從系統鑰匙圈移除金鑰。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system keyring could not be read.</source>
        <translation>無法讀取系統鑰匙圈。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused the change ({error}).</source>
        <translation>鑰匙圈拒絕了此變更（{error}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key could not be tested because of an error in Cutie ({error}).</source>
        <translation>由於 Cutie 內部錯誤，無法測試金鑰（{error}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings could not be saved: {error}</source>
        <translation>無法儲存設定：{error}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../cutie_app/ui/window/projects.py" line="+63"/>
        <source>Opening %s…</source>
        <translation>正在開啟 %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project — choose a folder name</source>
        <translation>新增專案 — 選擇資料夾名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My character</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Cutie project folder</source>
        <translation>開啟 Cutie 專案資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the project as a new folder</source>
        <translation>把專案另存為新資料夾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> 副本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent projects</source>
        <translation>沒有最近的專案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only: another Cutie is saving into this project.</source>
        <translation>唯讀：另一個 Cutie 正在儲存到此專案。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened read-only</source>
        <translation>已以唯讀方式開啟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images the other Cutie adds appear here when you come back to this window.</source>
        <translation>另一個 Cutie 新增的圖像會在你回到此視窗時顯示在這裡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project was repaired when it opened</source>
        <translation>專案在開啟時已修復</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %s</source>
        <translation>已開啟 %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not opened: %s</source>
        <translation>未開啟：%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No project is open: open or create one (File menu) to generate into it.</source>
        <translation>沒有開啟的專案：請先開啟或新增一個專案（「檔案」選單），再在其中產生。</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../cutie_app/ui/models/project_session.py" line="+77"/>
        <source>Check that the project folder is still there and the disk is not full, then try again.</source>
        <extracomment>Why it opened read-only (another Cutie process is writing it), &quot;&quot; when this window writes. How its gallery was last looked at (stacks, order, thumbnail size).</extracomment>
        <translation>請檢查專案資料夾是否還在、磁碟是否已滿，然後再試一次。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No project is open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create one first.</source>
        <translation>請先開啟或新增一個專案。</translation>
    </message>
</context>
<context>
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>送給模型的提示詞</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy prompt</source>
        <translation>複製提示詞</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composed prompt</source>
        <translation>組合後的提示詞</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prompt builds itself here as you describe the character, add references and write a scene.</source>
        <translation>隨著你描述角色、加入參考圖、編寫場景，提示詞會在這裡自動產生。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send my own text instead</source>
        <translation>改為送出我自己的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use override text</source>
        <translation>使用自訂文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your exact prompt (the composed text above is kept in the recipe)</source>
        <translation>你的完整提示詞（上方組合的文字仍會保存在配方中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override prompt</source>
        <translation>自訂提示詞</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../cutie_app/ui/i18n.py" line="+67"/>
        <source>&amp;OK</source>
        <translation>確定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <extracomment>The translated languages, each named in its own language (the Preferences list shows these). Every language the window can speak; English is the source text. Qt&apos;s own names for the standard buttons the window uses, as Qt asks for them (the generic theme, and GNOME&apos;s with mnemonics). Marked so that they land in Cutie&apos;s `.ts` files: PySide6 ships no Qt translation for Indonesian, so without these OK, Save and Cancel stayed English there. Qt&apos;s own file is installed after Cutie&apos;s and wins where it exists.</extracomment>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+76"/>
        <source>location data removed before sending</source>
        <extracomment>What became of a reference&apos;s location and camera data, by the kinds removed or sent: whole phrases, so that each language can word them its own way.</extracomment>
        <translation>送出前已移除位置資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data removed before sending</source>
        <translation>送出前已移除相機資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data removed before sending</source>
        <translation>送出前已移除位置和相機資訊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>location data sent (removal was off)</source>
        <translation>已送出位置資訊（當時未開啟移除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data sent (removal was off)</source>
        <translation>已送出相機資訊（當時未開啟移除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data sent (removal was off)</source>
        <translation>已送出位置和相機資訊（當時未開啟移除）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded whether location or camera data was removed</source>
        <translation>未記錄是否移除了位置或相機資訊</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no location or camera data</source>
        <translation>不含位置或相機資訊</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the text shown</source>
        <translation>複製顯示的文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy JSON</source>
        <translation>複製 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the selected image&apos;s recipe as JSON</source>
        <translation>以 JSON 複製所選圖像的配方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe details</source>
        <translation>配方詳細資訊</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recipe: A vs B</source>
        <translation>配方：A 對比 B</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Prompt override</source>
        <translation>自訂提示詞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>長寬比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>圖像尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed asked</source>
        <translation>要求的種子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed sent</source>
        <translation>送出的種子</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Scene</source>
        <translation>場景</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>Character version</source>
        <translation>角色版本</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Response id</source>
        <translation>回應 ID</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>變體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>應用程式版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe format</source>
        <translation>配方格式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: {role}, location and camera data</source>
        <translation>參考圖：{role}，位置和相機資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: {role}</source>
        <translation>參考圖：{role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens: {kind}</source>
        <translation>Token：{kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recipe recorded for this image (imported, or made outside Cutie).</source>
        <translation>這張圖像沒有配方（匯入的，或在 Cutie 之外製作）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seed} (asked; the model has no seed)</source>
        <translation>{seed}（已要求；該模型不支援種子）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>參考圖</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one of the two images has a recipe, so there is nothing to compare.</source>
        <translation>兩張圖像中只有一張有配方，無從比較。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same inputs: model, settings, references and prompt are identical.</source>
        <translation>輸入相同：模型、設定、參考圖和提示詞完全一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} input(s) differ</source>
        <translation>{n} 項輸入不同</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also differs (run details): {names}</source>
        <translation>另有不同（執行細節）：{names}</translation>
    </message>
</context>
<context>
    <name>ReferenceSlots</name>
    <message>
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+67"/>
        <source>Front / identity</source>
        <translation>正面 / 身分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face close-up</source>
        <translation>臉部特寫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side view</source>
        <translation>側面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back view</source>
        <translation>背面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>表情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfit</source>
        <translation>服裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pose</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>調色盤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prop</source>
        <translation>道具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor (best result)</source>
        <translation>錨圖（最佳結果）</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>參考圖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference budget</source>
        <translation>參考圖額度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference slots; drop image files here</source>
        <translation>參考圖欄；把圖像檔拖到這裡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a slot, or press Alt+Up/Alt+Down, to change its place</source>
        <translation>拖曳參考圖或按 Alt+上/Alt+下 來調整位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop front, side and back drawings here (files or from a browser), paste, or click Add…</source>
        <translation>把正面、側面、背面的畫拖到這裡（檔案或來自瀏覽器），也可貼上或按「新增…」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Add reference images</source>
        <translation>新增參考圖</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Role of the selected reference</source>
        <translation>所選參考圖的用途</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character or object</source>
        <translation>角色或物體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>物體</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Remove the selected reference</source>
        <translation>移除所選參考圖</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;Nothing to add.&lt;/b&gt; The drop held no image, image file or image address.</source>
        <translation>&lt;b&gt;沒有可新增的內容。&lt;/b&gt;拖入的內容裡沒有圖像、圖像檔或圖像位址。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set anchor</source>
        <translation>設為錨圖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add reference</source>
        <translation>新增參考圖</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove reference</source>
        <translation>移除參考圖</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.heic *.gif)</source>
        <translation>圖像 (*.png *.jpg *.jpeg *.webp *.heic *.gif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; </source>
        <comment>between the notes on an imported picture</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: %s.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;：%s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s could not be read (%s).</source>
        <translation>無法讀取 %s（%s）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not added.&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;未新增。&lt;/b&gt;%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder references</source>
        <translation>調整參考圖順序</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste image</source>
        <translation>貼上圖像</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Change reference role</source>
        <translation>變更參考圖用途</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change reference kind</source>
        <translation>變更參考圖類型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From generated image #%d</source>
        <translation>來自產生的圖像 #%d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>物體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%.1f MB</source>
        <translation>%.1f MB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objects</source>
        <translation>物體</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over this model&apos;s limit</source>
        <translation>超出此模型的上限</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/series_panel.py" line="+137"/>
        <source>Scenes in the series</source>
        <extracomment>The outfit a scene asks for, by name; None wears the character&apos;s default (first) outfit.</extracomment>
        <translation>系列中的場景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press F2 to edit; drag or Alt+Up/Down to reorder; Ctrl+V pastes lines</source>
        <translation>按兩下或按 F2 編輯；拖曳或按 Alt+上/下 調整順序；Ctrl+V 貼上多行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenes, one image set each:</source>
        <translation>場景(&amp;S)，每個一組圖像：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a scene</source>
        <translation>新增場景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected scenes</source>
        <translation>移除所選場景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the scene up (Alt+Up)</source>
        <translation>上移場景 (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down (Alt+Down)</source>
        <translation>下移場景 (Alt+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines</source>
        <translation>貼上多行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add one scene per line of the clipboard text</source>
        <translation>剪貼簿文字每行新增一個場景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outfit for the selected scenes</source>
        <translation>所選場景的服裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the character&apos;s outfits the selected scenes are drawn in</source>
        <translation>所選場景中角色穿哪一套服裝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outfit:</source>
        <translation>服裝(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Variants per scene</source>
        <translation>每個場景的變體數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants per scene:</source>
        <translation>每個場景的變體數(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost of the series</source>
        <translation>系列預估費用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the series cannot run</source>
        <translation>系列無法執行的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress</source>
        <translation>系列進度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress and spend</source>
        <translation>系列進度與花費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the series</source>
        <translation>取消系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run series</source>
        <translation>執行系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the series</source>
        <translation>執行此系列</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Default (%s)</source>
        <translation>預設（%s）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default outfit</source>
        <translation>預設服裝</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%s (not in the spec)</source>
        <translation>%s（不在設定中）</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%d / %d images · $%.2f so far</source>
        <translation>%d / %d 張圖像 · 目前 $%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>（示範，不計費）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 scene</source>
        <translation>1 個場景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d scenes</source>
        <translation>%d 個場景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 variant</source>
        <translation>1 個變體</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d variants</source>
        <translation>%d 個變體</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s × %s × price unknown</source>
        <translation>%s × %s × 價格未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo, not billed</source>
        <translation>示範，不計費</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one scene (or paste a list, one scene per line) to run a series.</source>
        <translation>至少新增一個場景（或貼上清單，每行一個場景）才能執行系列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene %d is empty; Run series skips it.</source>
        <translation>場景 %d 是空的；執行系列時會略過它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenes %s are empty; Run series skips them.</source>
        <translation>場景 %s 是空的；執行系列時會略過它們。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate every scene, %s each</source>
        <translation>產生所有場景，每個 %s</translation>
    </message>
</context>
<context>
    <name>SpecCheckDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_check_view.py" line="+38"/>
        <source>Check against spec — %s</source>
        <translation>對照設定檢查 — %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checked image</source>
        <translation>被檢查的圖像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%d match · %d mismatch · %d unclear&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%d 項符合 · %d 項不符 · %d 項不確定&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trait checklist</source>
        <translation>特徵清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trait</source>
        <translation>特徵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>match</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unclear</source>
        <translation>不確定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered by %s%s. A model&apos;s opinion to guide your eye, not a measurement.</source>
        <translation>由 %s%s 回答。這是模型的看法，供你參考，並非測量結果。</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-342"/>
        <source>e.g. Little Orange</source>
        <extracomment>One-paragraph fields that wrap rather than scroll sideways (an art style is often a sentence). The two kinds of field editor, both with a placeholder.</extracomment>
        <translation>例如：小橘子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. flat illustration, clean outlines, no gradients</source>
        <translation>例如：扁平插畫、乾淨線條、無漸層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. about 7 years old</source>
        <translation>例如：大約 7 歲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. girl</source>
        <translation>例如：女孩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, nose, cheeks, mouth…</source>
        <translation>臉型、鼻子、臉頰、嘴巴…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, colour, highlights, lashes…</source>
        <translation>眼型、顏色、高光、睫毛…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour, length, style, ties…</source>
        <translation>顏色、長度、髮型、髮飾…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone and undertone</source>
        <translation>膚色與底色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build, height in heads, proportions</source>
        <translation>體型、頭身比、比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, Name: description (e.g. Everyday: orange pinafore)</source>
        <translation>每行一套，名稱: 描述（例如 日常: 橘色吊帶裙）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>One per line</source>
        <translation>每行一項</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Birthmarks, scars, a missing tooth… one per line</source>
        <translation>胎記、傷疤、缺了一顆牙…每行一項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traits that must appear in every image, one per line</source>
        <translation>每張圖像都必須出現的特徵，每行一項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to avoid, one per line</source>
        <translation>需要避免的內容，每行一項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (not sent to the model)</source>
        <translation>私人備註（不會傳送給模型）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <extracomment>The core&apos;s field labels (`FIELD_LABELS`), marked here so that the translation tools find them; a test checks that this list and the core&apos;s stay the same.</extracomment>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art style</source>
        <translation>畫風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender presentation</source>
        <translation>性別呈現</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face</source>
        <translation>臉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair</source>
        <translation>頭髮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin</source>
        <translation>皮膚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>身體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfits</source>
        <translation>服裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinguishing marks</source>
        <translation>顯著特徵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>調色盤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style keywords</source>
        <translation>風格關鍵詞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>必須有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>絕不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>SpecHistoryDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+81"/>
        <location line="+1"/>
        <source>Character spec history</source>
        <extracomment>(removed, added) word styles per palette: red strike-through and green, readable on either.</extracomment>
        <translation>角色設定歷史</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version to look at</source>
        <translation>要查看的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to compare with</source>
        <translation>要比較的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>對比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Differences between the versions</source>
        <translation>版本之間的差異</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Restore this version</source>
        <translation>還原此版本</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close history</source>
        <translation>關閉歷史</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} — {when}</source>
        <translation>版本 {number} — {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This character has no saved versions yet.</source>
        <translation>這個角色還沒有儲存的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore version {number}</source>
        <translation>還原版本 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version {number} could not be read: {error}</source>
        <translation>無法讀取版本 {number}：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the current version.</source>
        <translation>這是目前版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No differences</source>
        <translation>沒有差異</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version {number}</source>
        <translation>版本 {number}</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../cutie_app/ui/window/status.py" line="+49"/>
        <source>Demo server — no key needed</source>
        <translation>示範伺服器 — 不需金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key</source>
        <translation>沒有 API 金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: in keyring</source>
        <translation>金鑰：在鑰匙圈中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: from the environment (%s)</source>
        <translation>金鑰：來自環境變數（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where Cutie found your Gemini API key</source>
        <translation>Cutie 在哪裡找到了你的 Gemini API 金鑰</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project spend: $%.2f</source>
        <translation>專案花費：$%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this session $%.2f)</source>
        <translation>（本次 $%.2f）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo, not billed</source>
        <translation>示範，不計費</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="-744"/>
        <source>Which steps?</source>
        <extracomment>Errors a worker may raise that are the user&apos;s to read, not a bug.</extracomment>
        <translation>哪些步驟？</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+321"/>
        <source>Anchor</source>
        <extracomment>The thumbnail-size slider&apos;s range (the decoded thumbnails are 256 px, so never blurry).</extracomment>
        <translation>錨圖</translation>
    </message>
</context>
<context>
    <name>TurnCard</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+134"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message (sends a new branch)</source>
        <translation>編輯此訊息（以新分支送出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it as a new branch; nothing is overwritten</source>
        <translation>修改此訊息並以新分支送出；不會覆寫任何內容</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$%.3f (demo, not billed)</source>
        <translation>$%.3f（示範，不計費）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%.3f</source>
        <translation>$%.3f</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image of this turn; click to continue from it</source>
        <translation>這一輪的圖像；按一下可從這裡繼續</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consistency %d %%</source>
        <translation>一致性 %d %%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %d %% like the first image</source>
        <translation> · 與第一張圖像 %d %% 相似</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this turn again</source>
        <translation>再次送出這一輪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue from here</source>
        <translation>從這裡繼續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next message edits this answer</source>
        <translation>你的下一則訊息會編輯這個回答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before/after</source>
        <translation>前後對比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image against the one it edited: side by side, wipe, difference</source>
        <translation>這張圖像與編輯前的圖像對比：並排、滑動對比、差異</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart from this image</source>
        <translation>從這張圖像重新開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh conversation with this image as its starting point</source>
        <translation>以這張圖像為起點開始新對話</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delivered · %d image(s)</source>
        <translation>已收到 · %d 張圖像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked: %s</source>
        <translation>已封鎖：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>已封鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %s</source>
        <translation>失敗：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered with text only</source>
        <translation>只回覆了文字</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="-58"/>
        <source>&lt;h3&gt;Welcome to Cutie&lt;/h3&gt;&lt;p&gt;Describe your character on the left, drop reference drawings in the middle, then generate variants and keep the best.&lt;/p&gt;&lt;p&gt;To generate with Google&apos;s Gemini image models, add your API key. Or try the demo: it draws placeholder images locally, with no key and no cost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;歡迎使用 Cutie&lt;/h3&gt;&lt;p&gt;在左側描述你的角色，把參考畫拖到中間，然後產生變體，留下最好的。&lt;/p&gt;&lt;p&gt;要使用 Google 的 Gemini 圖像模型產生，請加入你的 API 金鑰。也可以先試試示範：它在本機繪製預留位置圖，不需金鑰，也不花錢。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Add your Gemini API key</source>
        <translation>加入你的 Gemini API 金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
</context>
<context>
    <name>core.adjust</name>
    <message>
        <location filename="../../cutie_app/core/formats/look_file.py" line="+79"/>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+79"/>
        <source>The look uses the LUT “{name}”, which is not available.</source>
        <extracomment>The key and version that mark a look file. Longest LUT name kept from a file.</extracomment>
        <translation>這個預設集用到了 LUT「{name}」，但它無法使用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is {size} bytes; a look file may be at most {limit}</source>
        <translation>它有 {size} 位元組；預設集檔案最多 {limit} 位元組</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not valid JSON</source>
        <translation>它不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a look file (not a JSON object)</source>
        <translation>它不是預設集檔案（不是 JSON 物件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was saved by a newer version of Cutie</source>
        <translation>它是由更新版本的 Cutie 儲存的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its &apos;luts&apos; is not an object</source>
        <translation>它的 &apos;luts&apos; 不是物件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its embedded LUT {sha!r} is not filed under a SHA-256</source>
        <translation>它內嵌的 LUT {sha!r} 沒有以 SHA-256 存檔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its embedded LUT {sha} is not valid base64</source>
        <translation>它內嵌的 LUT {sha} 不是有效的 base64</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its embedded LUT {sha} does not match its hash</source>
        <translation>它內嵌的 LUT {sha} 與它的雜湊值不符</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/adjust.py" line="+161"/>
        <location line="+6"/>
        <source>{name} has too many pixels to adjust safely.</source>
        <extracomment>Formats written as they came; anything else (GIF, BMP, ...) is written as PNG. Quality for lossy outputs (JPEG, WebP): visually lossless for a graded illustration. Rows per band for vignette and grain: bounds their float temporaries (~12 MB at 4096 px). White-balance gain at a warmth or tint of ±1, in stops, applied in linear light. Grain&apos;s standard deviation at amount 1, in 8-bit levels.</extracomment>
        <translation>{name} 像素太多，無法安全地調整。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an image Cutie can read, or the file is damaged.</source>
        <translation>{name} 不是 Cutie 能讀取的圖像，或檔案已損毀。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} has 32-bit pixel values, which Cutie can&apos;t adjust.</source>
        <translation>{name} 的像素值是 32 位元的，Cutie 無法調整。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>converted from 16-bit to 8-bit</source>
        <translation>已從 16 位元轉換為 8 位元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from {mode} to RGB</source>
        <translation>已從 {mode} 轉換為 RGB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} uses pixel mode {mode}, which Cutie can&apos;t adjust.</source>
        <translation>{name} 使用的像素模式是 {mode}，Cutie 無法調整。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nothing to change</source>
        <translation>沒有需要改變的</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The adjustments use {name} (SHA-256 {sha256}…), but its .cube file is not available.</source>
        <translation>這些調整用到了 {name}（SHA-256 {sha256}…），但它的 .cube 檔案無法使用。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/colour_match.py" line="+76"/>
        <source>The image is fully transparent, so it has no colours to match.</source>
        <extracomment>Longest side of the copy that statistics are measured on. Pixels less opaque than this (0-255) are not part of the picture. The per-channel scale is kept within [1 / MAX_SCALE, MAX_SCALE]. Side of the table the transform is baked into.</extracomment>
        <translation>這張圖像完全透明，沒有可以匹配的顏色。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/effect.py" line="+89"/>
        <source>Brightness unchanged</source>
        <extracomment>Both pictures are measured at most this large (the figures are averages; size adds nothing). Ratios within this of 1 read as &quot;unchanged&quot;; Lab shifts within `SHIFT_STEADY` as &quot;no shift&quot;.</extracomment>
        <translation>亮度不變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness about {percent:.0f} % of the original</source>
        <translation>亮度約為原圖的 {percent:.0f} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrast unchanged</source>
        <translation>對比度不變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contrast about {percent:.0f} % of the original</source>
        <translation>對比度約為原圖的 {percent:.0f} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour saturation unchanged</source>
        <translation>色彩飽和度不變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour saturation about {percent:.0f} % of the original</source>
        <translation>色彩飽和度約為原圖的 {percent:.0f} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warmer (CIELAB b* {value:+.0f})</source>
        <translation>更暖（CIELAB b* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooler (CIELAB b* {value:+.0f})</source>
        <translation>更冷（CIELAB b* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more magenta (CIELAB a* {value:+.0f})</source>
        <translation>更偏洋紅（CIELAB a* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greener (CIELAB a* {value:+.0f})</source>
        <translation>更偏綠（CIELAB a* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {first} and {second}</source>
        <translation>顏色{first}且{second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {shift}</source>
        <translation>顏色{shift}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour balance unchanged</source>
        <translation>色彩平衡不變</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/lut.py" line="+76"/>
        <source>{name} is {size:.0f} MB, too large to be a .cube file.</source>
        <extracomment>A 65³ table is about 8 MB of text; anything far larger is not a .cube file.</extracomment>
        <translation>{name} 有 {size:.0f} MB，太大了，不可能是 .cube 檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a text .cube file (byte {byte} is not UTF-8).</source>
        <translation>{name} 不是文字格式的 .cube 檔案（第 {byte} 個位元組不是 UTF-8）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>table data before LUT_1D_SIZE or LUT_3D_SIZE</source>
        <translation>表格資料出現在 LUT_1D_SIZE 或 LUT_3D_SIZE 之前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more entries than the {expected} that the size declares</source>
        <translation>項目數超過了尺寸宣告的 {expected} 個</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyword {head} after the table data started</source>
        <translation>關鍵字 {head} 出現在表格資料開始之後</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} appears twice</source>
        <translation>{keyword} 出現了兩次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a file can hold a 1D or a 3D table, not both</source>
        <translation>一個檔案只能包含 1D 或 3D 表格，不能兩者都有</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} needs a whole number, not {rest!r}</source>
        <translation>{keyword} 需要一個整數，而不是 {rest!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{keyword} {size} is out of range (2 to {limit})</source>
        <translation>{keyword} {size} 超出範圍（2 到 {limit}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unsupported keyword {head}</source>
        <translation>不支援的關鍵字 {head}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}，第 {line} 行：{error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has no LUT_1D_SIZE or LUT_3D_SIZE line; is it a .cube file?</source>
        <translation>{name} 沒有 LUT_1D_SIZE 或 LUT_3D_SIZE 行；它是 .cube 檔案嗎？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has {found} table entries, but its size declares {expected}.</source>
        <translation>{name} 有 {found} 個表格項目，但它的尺寸宣告為 {expected} 個。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the {colour} domain is empty (DOMAIN_MIN {domain_min:g} is not below DOMAIN_MAX {domain_max:g}).</source>
        <translation>{name}：{colour} 的定義域為空（DOMAIN_MIN {domain_min:g} 不小於 DOMAIN_MAX {domain_max:g}）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{keyword} needs {count} numbers</source>
        <translation>{keyword} 需要 {count} 個數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected {count} numbers</source>
        <translation>應為 {count} 個數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{needs}, found {found} ({text!r})</source>
        <translation>{needs}，實際為 {found} 個（{text!r}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{needs}, found {text!r}</source>
        <translation>{needs}，實際為 {text!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbers must be finite, found {text!r}</source>
        <translation>數值必須是有限數，實際為 {text!r}</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-418"/>
        <source>Curves x</source>
        <extracomment>The version written into serialised stacks and looks; `from_dict` reads this and older.</extracomment>
        <translation>曲線 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curves y</source>
        <translation>曲線 y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be a number, not {value!r}.</source>
        <translation>{what} 必須是數字，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be between {low:g} and {high:g}, not {value!r}.</source>
        <translation>{what} 必須在 {low:g} 到 {high:g} 之間，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{step}: &apos;enabled&apos; must be true or false.</source>
        <extracomment>What the amount means, for messages and the pane&apos;s tooltips.</extracomment>
        <translation>{step}：&apos;enabled&apos; 必須是 true 或 false。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{step}: {error}</source>
        <translation>{step}：{error}</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+2"/>
        <source>Levels {setting}</source>
        <translation>色階 {setting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: the white point must be above the black point.</source>
        <translation>色階：白點必須高於黑點。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Curves: points must be a list of [x, y] pairs.</source>
        <translation>曲線：控制點必須是 [x, y] 組的清單。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Curves: {point!r} is not an [x, y] pair.</source>
        <translation>曲線：{point!r} 不是 [x, y] 組。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves: a curve needs at least two points.</source>
        <translation>曲線：一條曲線至少需要兩個點。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curves: two points have the same x.</source>
        <translation>曲線：有兩個點的 x 相同。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Curves: channel must be one of {choices}.</source>
        <translation>曲線：通道必須是 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LUT: {sha256!r} is not the SHA-256 of a .cube file.</source>
        <translation>LUT：{sha256!r} 不是 .cube 檔案的 SHA-256。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT: the name must be text.</source>
        <translation>LUT：名稱必須是文字。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour statistics: {name} must be three numbers.</source>
        <translation>顏色統計：{name} 必須是三個數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour statistics {setting}</source>
        <translation>顏色統計 {setting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour statistics must be an object with &apos;mean&apos; and &apos;std&apos;.</source>
        <translation>顏色統計必須是含有 &apos;mean&apos; 和 &apos;std&apos; 的物件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Colour match: anchor_sha256 must be text.</source>
        <translation>顏色匹配：anchor_sha256 必須是文字。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vignette midpoint</source>
        <translation>暗角中點</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Grain: the seed must be a whole number from 0 to {limit}.</source>
        <translation>顆粒：種子必須是 0 到 {limit} 之間的整數。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An adjustment step must be an object, not {data!r}.</source>
        <translation>調整步驟必須是物件，而不是 {data!r}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adjustment step has no &apos;kind&apos;.</source>
        <translation>調整步驟缺少 &apos;kind&apos;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown adjustment {kind!r}: it was probably made by a newer version of Cutie.</source>
        <translation>未知的調整 {kind!r}：它可能是由更新版本的 Cutie 建立的。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{step!r} is not an adjustment step.</source>
        <translation>{step!r} 不是調整步驟。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no step {index} in a stack of {count}.</source>
        <translation>共 {count} 個步驟中沒有第 {index} 步。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The amount</source>
        <translation>強度</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An adjustment stack must be an object with a list of steps.</source>
        <translation>調整步驟清單必須是含有步驟清單的物件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adjustment stack</source>
        <translation>調整步驟清單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adjustment stack&apos;s &apos;steps&apos; must be a list.</source>
        <translation>調整步驟清單的 &apos;steps&apos; 必須是清單。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: {error}</source>
        <translation>第 {number} 步：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {what} has an unreadable version ({version!r}).</source>
        <translation>這個{what}的版本無法讀取（{version!r}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {what} was saved by a newer version of Cutie (format {version}); update Cutie to open it.</source>
        <translation>這個{what}是由更新版本的 Cutie 儲存的（格式 {version}）；請更新 Cutie 後再開啟。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A look needs a name.</source>
        <translation>預設集需要一個名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A look&apos;s name can be at most 120 characters long.</source>
        <translation>預設集名稱最多 120 個字元。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A look&apos;s amount</source>
        <translation>預設集強度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A look must be an object with a name and a stack.</source>
        <translation>預設集必須是含有名稱和步驟清單的物件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look</source>
        <translation>預設集</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust.py" line="+143"/>
        <source>{first} and {path} would both be written to {dest}; adjust them separately.</source>
        <extracomment>Never more workers than this by default: each holds a full-size image or two (~250 MB at 4K). How often the waiting thread looks at the cancel signal, in seconds.</extracomment>
        <translation>{first} 和 {path} 都會寫到 {dest}；請分開調整它們。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{dest} is the input itself; choose another output folder.</source>
        <translation>{dest} 就是輸入檔案本身；請選擇另一個輸出資料夾。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} already exists; nothing was written.</source>
        <translation>{name} 已經存在；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These files already exist ({count} in all); nothing was written: {names}.</source>
        <translation>這些檔案已經存在（共 {count} 個）；沒有寫入任何內容：{names}。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+336"/>
        <location line="+156"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>無法讀取 {path}：{error}。</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>無法寫入 {path}：{error}。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The worker adjusting this image stopped unexpectedly (out of memory?).</source>
        <extracomment>The batch a job belongs to: set by the pool initializer in a worker process (whose jobs run on its main thread), or around the loop when a batch runs in the caller&apos;s thread.</extracomment>
        <translation>負責調整這張圖像的程序意外停止了（記憶體不足？）。</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="+137"/>
        <source>The LUT “{name}” is not in this project any more.</source>
        <translation>LUT「{name}」已不在這個專案中。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The project has no anchor image to match; set one first.</source>
        <translation>專案沒有可以匹配的錨圖；請先設定一張。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The anchor image can&apos;t be read: {error}.</source>
        <translation>無法讀取錨圖：{error}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anchor image</source>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="-30"/>
        <source>{name} can&apos;t be read: {error}.</source>
        <extracomment>Previews are rendered no larger than this on their longest side (a 4K screen&apos;s width). The image the opened one was made from (an edit or an adjusted version), if any.</extracomment>
        <translation>無法讀取 {name}：{error}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} is larger than a look file may be.</source>
        <translation>{path} 比預設集檔案允許的大小還大。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a look file Cutie can read: {error}.</source>
        <translation>{path} 不是 Cutie 能讀取的預設集檔案：{error}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An embedded LUT</source>
        <translation>一個內嵌的 LUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the embedded LUT “{name}” is damaged ({error}).</source>
        <translation>{path}：內嵌的 LUT「{name}」已損毀（{error}）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no look called “{name}”.</source>
        <translation>沒有名為「{name}」的預設集。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_ai.py" line="+67"/>
        <source>Image #{id} can&apos;t be read: {error}.</source>
        <extracomment>The scene the made variants are saved under, so the gallery can group them.</extracomment>
        <translation>無法讀取圖像 #{id}：{error}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image #{id} is not a version of another image, so there is no effect to measure. Pick the approved result of an edit.</source>
        <translation>圖像 #{id} 不是另一張圖像的版本，所以沒有可測量的效果。請選擇一次編輯後認可的結果。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} can&apos;t be sent: {error}.</source>
        <translation>無法送出 {name}：{error}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+46"/>
        <source>The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12).</source>
        <extracomment>The named selections `select_image_ids` understands (anything else is a list of ids).</extracomment>
        <translation>選擇 {selection!r} 不是 picks、rated、all，也不是圖像編號清單（3,7,12）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This project has no image {ids}.</source>
        <translation>這個專案中沒有圖像 {ids}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="+222"/>
        <location line="+76"/>
        <location line="+86"/>
        <source>it is larger than a look file may be</source>
        <translation>它比預設集檔案允許的大小還大</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/untrusted.py" line="+145"/>
        <source>it is larger than {limit} MiB</source>
        <extracomment>(table, column, folder) of every column whose value is a file name inside the project.</extracomment>
        <translation>它超過了 {limit} MiB</translation>
    </message>
</context>
<context>
    <name>core.conversation</name>
    <message>
        <location filename="../../cutie_app/core/model/conversation.py" line="+174"/>
        <source>Only the last exchange of a branch can be removed.</source>
        <extracomment>Project image rows made from this turn (a project conversation; empty in a folder). Consistency of this turn&apos;s image (see `services.conversation.DriftReport.to_dict`). SHA-256 of `content` as stored, so a model turn edited after saving is noticed before its (now invalid) thought signatures are sent; &quot;&quot; for turns saved before it existed.</extracomment>
        <translation>只能刪除分支中的最後一次往來。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No turn {turn!r} in this conversation.</source>
        <translation>這段對話中沒有第 {turn!r} 輪。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{turn!r} matches several turns; type more of its id.</source>
        <translation>{turn!r} 對應了好幾輪；請多輸入幾位編號。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new message must follow a model turn.</source>
        <translation>新訊息必須接在模型的一輪之後。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This conversation was saved by a newer version of Cutie; update Cutie.</source>
        <translation>這段對話是由更新版本的 Cutie 儲存的；請更新 Cutie。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No conversation in {folder}; start one with --new.</source>
        <translation>{folder} 中沒有對話；請用 --new 開始一段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {error}</source>
        <translation>無法讀取 {name}：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} 已損毀（{error}）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/turn_limits.py" line="+61"/>
        <source>The next turn sends {images} of at most {max_images} input images and {size:.1f} MB of at most {limit:.0f} MB.</source>
        <extracomment>Warn when the next turn would take the request above this share of a limit.</extracomment>
        <translation>下一輪將送出 {images} 張輸入圖像（上限 {max_images} 張）和 {size:.1f} MB 資料（上限 {limit:.0f} MB）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/conversation.py" line="+282"/>
        <source>palette further from the spec</source>
        <extracomment>An edit whose consistency score falls this much below its parent&apos;s is pointed out. The label the starting image carries in the first request (and its recipe).</extracomment>
        <translation>調色盤離設定更遠了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shapes and colours further from the anchor</source>
        <translation>形狀和顏色離錨圖更遠了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edit drifted from the character: {why} (consistency {before} % → {after} %).</source>
        <translation>這次編輯偏離了角色：{why}（一致性 {before} % → {after} %）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This edit drifted from where the conversation started: it looks less like the first image ({before} % → {after} % similar).</source>
        <translation>這次編輯偏離了對話開始時的樣子：它不如之前那麼像第一張圖像（相似度 {before} % → {after} %）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No single conversation {prefix!r} in this project (it has: {ids}).</source>
        <translation>這個專案中沒有唯一的對話 {prefix!r}（現有：{ids}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This project has no anchor yet; set one first.</source>
        <translation>這個專案還沒有錨圖；請先設定一張。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That turn has no saved image to restart from; pick a turn with a picture.</source>
        <translation>那一輪沒有儲存的圖像可以重新開始；請選一輪有圖片的。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to send</source>
        <translation>沒有可送出的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what to change first.</source>
        <translation>請先輸入要修改的內容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many or too few tries</source>
        <translation>嘗試次數太多或太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send between 1 and {limit} tries at once, not {tries}.</source>
        <translation>一次請送出 1 到 {limit} 次嘗試，不能是 {tries} 次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each try is one request, billed on its own.</source>
        <translation>每次嘗試都是一個單獨計費的請求。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only your own messages can be edited.</source>
        <translation>只能編輯你自己的訊息。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a model turn to retry.</source>
        <translation>請選擇模型的一輪來重試。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This conversation could not be continued: a model turn was changed after it was saved, so its thought signatures would be refused. Branch from an earlier turn, or restart from its image.</source>
        <translation>無法繼續這段對話：模型的某一輪在儲存後被改動過，所以它的思維簽章會被拒絕。請從更早的一輪開分支，或從它的圖像重新開始。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This conversation has grown too large</source>
        <translation>這段對話已經太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{budget} The model would refuse it.</source>
        <translation>{budget}模型會拒絕它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart from this image: a fresh conversation with this picture as its starting point.</source>
        <translation>從這張圖像重新開始：以這張圖片為起點的全新對話。</translation>
    </message>
</context>
<context>
    <name>core.errors</name>
    <message>
        <location filename="../../cutie_app/core/model/errors.py" line="+18"/>
        <source>Gemini image models have no seed. To keep a character consistent, add reference images (front, side, back), promote your best result to the anchor, and generate several variants to pick from.</source>
        <translation>Gemini 圖像模型沒有種子。要讓角色保持一致，請加入參考圖（正面、側面、背面），把最滿意的結果設為錨圖，並一次產生多個變體來挑選。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{title}.</source>
        <translation>{title}。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cutie needs your Gemini API key to generate images.</source>
        <translation>Cutie 需要你的 Gemini API 金鑰才能產生圖像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation}{detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Gemini API key</source>
        <translation>沒有 Gemini API 金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the key in Preferences (it is stored in your system keyring), or set GEMINI_API_KEY. To try Cutie without a key, use the demo mode (cutie --demo).</source>
        <translation>請在偏好設定中加入金鑰（它儲存在系統鑰匙圈中），或設定 GEMINI_API_KEY。想不用金鑰試用 Cutie，可以使用示範模式（cutie --demo）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cancelled this request.</source>
        <translation>你取消了這個請求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google may still have made and billed it (outcome unknown).</source>
        <translation>Google 可能仍然產生了它並已計費（結果未知）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{sentence} {billed}</source>
        <translation>{sentence}{billed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer was cut off</source>
        <translation>回答被中斷了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sent an answer, but the connection broke before all of it arrived, even after retrying.</source>
        <translation>Google 已經送出了回答，但連線在全部內容到達之前就中斷了，重試後仍是如此。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If answers keep breaking off, something between you and Google (a proxy, VPN or unstable link) is ending long downloads; a smaller size helps.</source>
        <translation>請再試一次。如果回答總是中斷，表示你和 Google 之間的某個環節（代理伺服器、VPN 或不穩定的網路）在切斷較長的下載；選小一點的尺寸會有幫助。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google did not finish the image within {seconds:.0f} seconds. Large (4K) images can take minutes.</source>
        <translation>Google 沒能在 {seconds:.0f} 秒內完成圖像。大尺寸（4K）圖像可能需要幾分鐘。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google did not finish the image. Large (4K) images can take minutes.</source>
        <translation>Google 沒能完成圖像。大尺寸（4K）圖像可能需要幾分鐘。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request timed out</source>
        <translation>請求逾時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again, pick a smaller size, or raise the timeout in Preferences.</source>
        <translation>請再試一次、選小一點的尺寸，或在偏好設定中調高逾時時間。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection closed before the answer arrived</source>
        <translation>回答到達之前連線就關閉了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request reached Google, but the connection closed before any answer came back.</source>
        <translation>請求已經到達 Google，但在收到任何回答之前連線就關閉了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again. If it keeps happening, a proxy or VPN may be closing the connection.</source>
        <translation>請再試一次。如果一直這樣，可能是代理伺服器或 VPN 在關閉連線。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach Google</source>
        <translation>無法連上 Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not connect to the Gemini service. Your project is safe and works offline.</source>
        <translation>Cutie 無法連上 Gemini 服務。你的專案安然無恙，離線也能使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your internet connection (and the endpoint in Preferences, if you changed it), then retry.</source>
        <translation>請檢查網路連線（如果改過偏好設定中的端點，也請一併檢查），然後重試。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model does not take a seed</source>
        <translation>這個模型不接受種子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model} refused the seed, so Cutie sent the request again without it and will not send a seed to this model again.</source>
        <translation>{model} 拒絕了種子，所以 Cutie 拿掉種子重新送出了請求，之後也不會再給這個模型送出種子。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick another model from the list.</source>
        <translation>請從清單中選擇另一個模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}.</source>
        <translation>請改用 {model}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google shut down {model} on {date}; it no longer answers requests.</source>
        <translation>Google 已於 {date} 關閉 {model}，它不再回應請求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google shut down {model}; it no longer answers requests.</source>
        <translation>Google 已關閉 {model}，它不再回應請求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} is shut down</source>
        <translation>{model} 已停用</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key was not accepted</source>
        <translation>API 金鑰未被接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google says this API key is not valid.</source>
        <translation>Google 表示這個 API 金鑰無效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key again from Google AI Studio and save it in Preferences, then use Test key.</source>
        <translation>請從 Google AI Studio 重新複製金鑰，儲存到偏好設定，然後按「測試金鑰」。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request was too large</source>
        <translation>請求太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request because it was larger than it accepts (100 MB with every reference image and the conversation so far).</source>
        <translation>Google 拒絕了這個請求，因為它超過了允許的大小（連同所有參考圖和目前為止的對話共 100 MB）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove some reference images, or start a new conversation from the latest image.</source>
        <translation>請刪掉一些參考圖，或從最新的圖像開始新的對話。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google could not read an input image</source>
        <translation>Google 無法讀取一張輸入圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the images sent with the request (a reference or an earlier picture) is damaged or of a type the model does not take.</source>
        <translation>隨請求送出的某張圖像（參考圖或之前的圖片）已損毀，或是模型不接受的類型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the reference and add it again (Cutie converts it), or use a PNG or JPEG.</source>
        <translation>請刪除這張參考圖再重新加入（Cutie 會轉換它），或改用 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation could not be continued</source>
        <translation>無法繼續這段對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google requires the model&apos;s earlier turns to be sent back exactly as they came, and one of them was missing or altered (its thought signature did not match).</source>
        <translation>Google 要求模型之前的各輪必須原樣送回，而其中一輪遺失或被改動了（它的思維簽章不相符）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new conversation from this image, or branch from an earlier turn.</source>
        <translation>請從這張圖像開始新的對話，或從更早的一輪開分支。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image generation is not available in your region</source>
        <translation>你所在的地區無法使用圖像產生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer Gemini image generation where this request came from.</source>
        <translation>Google 不在這個請求發出的地區提供 Gemini 圖像產生。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a restriction of Google&apos;s service, not of Cutie or your key.</source>
        <translation>這是 Google 服務的限制，與 Cutie 或你的金鑰無關。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model not found</source>
        <translation>找不到模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer {model} (it may have been renamed or shut down).</source>
        <translation>Google 沒有提供 {model}（它可能已改名或停用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another model from the model list.</source>
        <translation>請從模型清單中選擇另一個模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota reached</source>
        <translation>已達配額上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is refusing more requests for now: your project hit its rate limit or spending quota (limits are per Google Cloud project, not per key).</source>
        <translation>Google 暫時拒絕更多請求：你的專案達到了速率限制或消費配額（限制是依 Google Cloud 專案計算，而不是依金鑰）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait a minute and retry, lower the number of parallel requests, or check billing in Google AI Studio.</source>
        <translation>請等一分鐘再重試、減少平行請求數，或在 Google AI Studio 中檢查帳單設定。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access denied</source>
        <translation>存取遭拒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused this key for image generation (no key sent, the key lacks permission, or billing is not enabled; image generation is pay-as-you-go).</source>
        <translation>Google 拒絕用這個金鑰產生圖像（沒有送出金鑰、金鑰缺少權限，或沒有啟用帳單；圖像產生按用量付費）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the key and that billing is enabled for its project in Google AI Studio.</source>
        <translation>請檢查金鑰，並確認它所屬的專案已在 Google AI Studio 中啟用帳單。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google&apos;s image service is overloaded</source>
        <translation>Google 的圖像服務超載</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stayed busy after several automatic retries. This happens most with 4K images.</source>
        <translation>自動重試幾次後模型仍然忙碌。4K 圖像最常遇到這種情況。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again in a few minutes, or pick a smaller size.</source>
        <translation>請過幾分鐘再試，或選小一點的尺寸。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google had an internal error</source>
        <translation>Google 內部出錯了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed while making this image, even after automatic retries.</source>
        <translation>產生這張圖像時服務出錯，自動重試後仍然失敗。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry in a moment. If it keeps happening, copy the details for a bug report.</source>
        <translation>請稍後重試。如果一直出錯，請複製詳細資訊提交錯誤回報。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model makes one image per request; Cutie sends one request per variant.</source>
        <translation>這個模型每個請求只產生一張圖像；Cutie 為每個變體送出一個請求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the request as invalid.</source>
        <translation>Google 認為這個請求無效而拒絕了它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was refused</source>
        <translation>請求遭拒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the details; if the settings look right, the model may have changed what it accepts.</source>
        <translation>請查看詳細資訊；如果設定看起來沒問題，可能是模型改變了它接受的內容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint did not answer like the Gemini API</source>
        <translation>該端點的回應不像 Gemini API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered, but it has no Gemini model list.</source>
        <translation>這個位址有回應，但沒有 Gemini 模型清單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the endpoint override in Preferences, or leave it empty to use Google&apos;s.</source>
        <translation>請檢查偏好設定中的端點覆寫，或將其留空以使用 Google 的預設位址。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocked by Google&apos;s image safety filter</source>
        <translation>被 Google 的圖像安全過濾器攔截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was made but withheld because it tripped Google&apos;s safety filter.</source>
        <translation>圖像已經產生，但因為觸發了 Google 的安全過濾器而被扣下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked as prohibited content</source>
        <translation>作為違禁內容被攔截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image under its prohibited-use policy.</source>
        <translation>Google 依據其禁止使用政策扣下了這張圖像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked as too close to existing material</source>
        <translation>因與現有作品過於相似而被攔截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image because it resembled protected material too closely.</source>
        <translation>Google 扣下了這張圖像，因為它與受保護的作品太相似。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was withheld</source>
        <translation>圖像被扣下了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image for an unspecified reason.</source>
        <translation>Google 因未說明的原因扣下了這張圖像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>No image was made</source>
        <translation>沒有產生圖像</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The model was expected to draw an image but did not.</source>
        <translation>本應由模型畫出一張圖像，但它沒有畫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rephrase the scene (avoid real people, violence or suggestive wording) or change a reference image. Blocked requests may still be billed.</source>
        <translation>請換種說法描述場景（避免真實人物、暴力或帶暗示的措辭），或更換一張參考圖。被攔截的請求也可能被計費。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The prompt was blocked</source>
        <translation>提示詞被攔截了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request before drawing anything ({reason}).</source>
        <translation>Google 在畫任何東西之前就拒絕了這個請求（{reason}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again or rephrase the scene.</source>
        <translation>請再試一次，或換種說法描述場景。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocked by Google&apos;s safety filter</source>
        <translation>被 Google 的安全過濾器攔截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google stopped the answer ({reason}).</source>
        <translation>Google 中止了回答（{reason}）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model answered in words only</source>
        <translation>模型只用文字作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It replied: &quot;{text}&quot;</source>
        <translation>它回覆：「{text}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the picture explicitly (for example start with &apos;Draw&apos; or &apos;Generate an image of&apos;).</source>
        <translation>請明確要求畫圖（例如以「Draw」或「Generate an image of」開頭）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer held neither an image nor an explanation (finish reason {reason}).</source>
        <translation>回答中既沒有圖像也沒有解釋（結束原因 {reason}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer held neither an image nor an explanation.</source>
        <translation>回答中既沒有圖像也沒有解釋。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again.</source>
        <translation>請再試一次。</translation>
    </message>
</context>
<context>
    <name>core.export</name>
    <message>
        <location filename="../../cutie_app/core/services/export.py" line="+67"/>
        <source>Cannot create the export folder</source>
        <extracomment>Tried after the plain name before giving up on an image (&quot;name-2.png&quot; ... &quot;name-999.png&quot;).</extracomment>
        <translation>無法建立匯出資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}.</source>
        <translation>Cutie 無法建立 {folder}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another folder, or check its permissions.</source>
        <translation>請選擇另一個資料夾，或檢查它的權限。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+146"/>
        <source>Images exported to {folder}: {count}.</source>
        <translation>匯出到 {folder} 的圖像：{count}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed so as not to overwrite a different file of the same name: {count}.</source>
        <translation>為避免覆蓋同名的不同檔案而改名的：{count}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+18"/>
        <source>Images NOT exported: {count}.</source>
        <translation>未匯出的圖像：{count}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  #{id} {file}: {problem}</source>
        <translation>  #{id} {file}：{problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+92"/>
        <source>There is no such image in this project.</source>
        <translation>這個專案中沒有這張圖像。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+64"/>
        <source>The image file is missing from the project (images/{file}); restore it from a backup, then export again.</source>
        <translation>專案中缺少這張圖像的檔案（images/{file}）；請從備份還原後再匯出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+8"/>
        <source>The image file could not be read: {error}.</source>
        <translation>無法讀取圖像檔案：{error}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image has no recipe (it was recovered without one).</source>
        <translation>這張圖像沒有配方（它是在沒有配方的情況下復原的）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recipe was left out: {error}.</source>
        <translation>配方未包含在內：{error}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+44"/>
        <source>Could not write {name}: {error}.</source>
        <translation>無法寫入 {name}：{error}。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The export folder already holds {count} different files named like {name}.</source>
        <translation>匯出資料夾中已經有 {count} 個與 {name} 同名的不同檔案。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/export_copies.py" line="-313"/>
        <source>the project&apos;s name</source>
        <extracomment>The fields a naming pattern may use, and what they stand for.</extracomment>
        <translation>專案名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position in this export, 1, 2, 3... (zero-padded)</source>
        <translation>在本次匯出中的序號：1、2、3……（前面補零）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s number in the project</source>
        <translation>圖像在專案中的編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s scene</source>
        <translation>圖像的場景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stars, 0-5</source>
        <translation>它的星級，0–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was made, 2026-03-01</source>
        <translation>它的產生日期，例如 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its file name in the project, without the extension</source>
        <translation>它在專案中的檔名（不含副檔名）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rejected images left out: {count}.</source>
        <translation>未包含的已淘汰圖像：{count}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before the end; the files written so far are kept.</source>
        <translation>在結束前取消了；已寫入的檔案會保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  #{id}: {problem}</source>
        <translation>  #{id}：{problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The naming pattern is empty.</source>
        <translation>命名規則是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern has an unmatched {open} or {close}.</source>
        <translation>命名規則中有不成對的 {open} 或 {close}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The naming pattern uses {field}, which Cutie does not know; use {known}.</source>
        <translation>命名規則用到了 Cutie 不認識的 {field}；請使用 {known}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern needs {n}, {id} or {name}, so that every image gets its own name.</source>
        <translation>命名規則需要包含 {n}、{id} 或 {name}，這樣每張圖像都會有自己的名稱。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The image could not be converted: {error}.</source>
        <translation>無法轉換圖像：{error}。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The export folder already holds {count} files named like {stem}{suffix}.</source>
        <translation>匯出資料夾中已經有 {count} 個名為 {stem}{suffix} 之類的檔案。</translation>
    </message>
</context>
<context>
    <name>core.generate</name>
    <message>
        <location filename="../../cutie_app/core/genai/engine.py" line="+548"/>
        <source>No model to check with</source>
        <translation>沒有可用於檢查的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs a Gemini text model, and none is named for it.</source>
        <translation>檢查需要一個 Gemini 文字模型，但沒有為它指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model for the check, or update Cutie.</source>
        <translation>請為檢查選擇一個模型，或更新 Cutie。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to check</source>
        <translation>沒有要檢查的圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs one picture (PNG, JPEG or WebP).</source>
        <translation>檢查需要一張圖片（PNG、JPEG 或 WebP）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an image, then check it again.</source>
        <translation>請選擇一張圖像，然後再檢查。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The check model is not offered</source>
        <translation>檢查用的模型已不再提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer offers {model}, the model Cutie checks images with, and lists no Gemini Flash text model to use instead.</source>
        <translation>Google 不再提供 Cutie 用來檢查圖像的模型 {model}，也沒有列出可替代的 Gemini Flash 文字模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to get a current check model.</source>
        <translation>請更新 Cutie 以取得目前可用的檢查模型。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../cutie_app/core/model/validation.py" line="+394"/>
        <source>Reference {number}</source>
        <translation>參考圖 {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reference could not be made small enough</source>
        <translation>有一張參考圖無法縮小到足夠小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove some references so the others can be sent as they are.</source>
        <translation>請刪掉一些參考圖，這樣其餘的就能原樣送出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong in Cutie</source>
        <translation>Cutie 內部出了點問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request failed because of an error in Cutie itself; your project is safe.</source>
        <translation>這個請求因 Cutie 本身的錯誤而失敗；你的專案安然無恙。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please copy the details into a bug report.</source>
        <translation>請把詳細資訊複製到錯誤回報中。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/consistency.py" line="+200"/>
        <source>{colour!r} is not a hex colour like #FF8C00</source>
        <extracomment>The formula&apos;s version; stored with each score so a changed formula makes old scores stale. Images are analysed at most this many pixels on their longer side. Pixels less opaque than this (0-255) are ignored: they are not part of the picture. Images declaring more pixels than this are refused before decoding (decompression bombs). How many dominant colours an image is summarised by, and how many boxes median cut makes first. A dominant colour covering this share of the visible pixels counts fully as &quot;present&quot;. ΔE00 at or below which a colour matches fully, and at or above which it does not match at all. The difference hash&apos;s grid side (bits per direction: HASH_SIZE²). A grey step smaller than this (0-255) is &quot;flat&quot;, so noise in flat areas doesn&apos;t flip bits. Soft histogram bins along L*, a*, b*, and the ranges they cover. Weights of the documented formula. What transparent areas count as for the grey (structure) summary: white paper.</extracomment>
        <translation>{colour!r} 不是像 #FF8C00 這樣的十六進位色碼</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the image</source>
        <translation>這張圖像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot score {name}: it is not an image Cutie can read (it may be damaged or incomplete).</source>
        <translation>無法為 {name} 評分：Cutie 讀不了這張圖像（它可能已損毀或不完整）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot score {name}: it declares an enormous picture (more than {limit:,} pixels), so it was not opened.</source>
        <translation>無法為 {name} 評分：它宣告的畫面極大（超過 {limit:,} 像素），所以沒有開啟。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The palette is empty, so there is nothing to compare the image with.</source>
        <translation>調色盤是空的，所以沒有可以和圖像比較的內容。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to compare the image with: set an anchor, add reference images or give the character a palette.</source>
        <translation>沒有可以和圖像比較的內容：請設定錨圖、加入參考圖，或為角色設定調色盤。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/catalog.py" line="+213"/>
        <source>its own default size</source>
        <extracomment>Text models that can stand in for the check model: &quot;gemini-3-flash&quot;, &quot;gemini-3.6-flash&quot;... How long the API&apos;s model list counts as fresh. Listing is free and Google adds image models every few months, so the window asks again after a day (see `list_is_stale`). Every aspect ratio the API spec knows. The ratios every Gemini image model takes (the extreme 1:4 ... 8:1 came with Nano Banana 2); a model the catalogue has not verified is offered only these, plus any its description names. A display name that says &quot;image model&quot;: &quot;Nano Banana Pro&quot;, &quot;Gemini 3 Pro Image&quot;. A description that says the model makes pictures (not merely that it reads them). A model&apos;s name inside a description: &quot;Gemini 3 Pro Image Preview&quot; (capital I: a name). Seeds travel as int32 on the wire; anything larger is a 400 (TYPE_INT32).</extracomment>
        <translation>它自己的預設尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by the API but not yet verified by Cutie: limits and prices are unknown.</source>
        <translation>由 API 列出，但尚未經 Cutie 驗證：限制和價格都未知。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chosen from Google&apos;s model list because the shipped check model is not offered; prices not verified, so no cost is shown.</source>
        <translation>因內建的檢查模型已不再提供，從 Google 的模型清單中選取；價格未經驗證，所以不顯示費用。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/score.py" line="+47"/>
        <source>A consistency score&apos;s {name} must be a number from 0 to 1, not {value!r}</source>
        <translation>一致性分數的 {name} 必須是 0 到 1 之間的數，而不是 {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A consistency score&apos;s version must be a whole number, not {version!r}</source>
        <translation>一致性分數的版本必須是整數，而不是 {version!r}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A consistency score must be a JSON object, not {data!r}</source>
        <translation>一致性分數必須是 JSON 物件，而不是 {data!r}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A consistency score needs an &apos;overall&apos; value</source>
        <translation>一致性分數需要一個 &apos;overall&apos; 值</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/spec_check.py" line="+146"/>
        <source>Nothing to check</source>
        <extracomment>The line format of the trait list in the prompt; the demo server parses the same lines.</extracomment>
        <translation>沒有可檢查的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character spec has no traits yet (hair, eyes, outfit, palette, ...).</source>
        <translation>角色設定裡還沒有任何特徵（髮型、眼睛、服裝、調色盤……）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the spec, then check the image again.</source>
        <translation>請先填寫設定，然後再檢查圖像。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check came back unreadable</source>
        <translation>檢查結果無法讀取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s answer could not be used as a checklist: {detail}</source>
        <translation>模型的回答無法作為檢查清單使用：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again; if it keeps happening, try another check model.</source>
        <translation>請再檢查一次；如果一直這樣，請換一個檢查模型。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it was empty.</source>
        <translation>它是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON.</source>
        <translation>它不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no list of &quot;items&quot;.</source>
        <translation>它沒有 &quot;items&quot; 清單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;summary&quot; is not text.</source>
        <translation>它的 &quot;summary&quot; 不是文字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an item is not an object.</source>
        <translation>有一項不是物件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item lacks a text &quot;trait&quot; or &quot;verdict&quot;.</source>
        <translation>有一項缺少文字形式的 &quot;trait&quot; 或 &quot;verdict&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names a trait that was not asked about (&quot;{key}&quot;).</source>
        <translation>它提到了一個沒有被問到的特徵（「{key}」）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it judges &quot;{name}&quot; twice.</source>
        <translation>它對「{name}」判斷了兩次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it skipped {missing}.</source>
        <translation>它漏掉了 {missing}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/validation.py" line="-285"/>
        <source>({number}) {problem}</source>
        <extracomment>Google refuses a request body over 100 MB (API_FACTS §8). Images travel in it as base64, a third larger than their files, together with the conversation so far and the prompt. The JSON around one inline image: {&quot;inlineData&quot;: {&quot;mimeType&quot;: &quot;image/jpeg&quot;, &quot;data&quot;: &quot;...&quot;}}. Everything else in a request (generationConfig, roles, brackets), rounded well up. The smallest a reference is re-encoded to before Cutie asks for some to be removed instead: a character sheet still reads well as a 1500 px JPEG of this size.</extracomment>
        <translation>（{number}）{problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown model</source>
        <translation>未知的模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie does not know the model {model!r}.</source>
        <translation>Cutie 不認識模型 {model!r}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one of: {known}. When online, Cutie also offers new image models the API lists.</source>
        <translation>請從以下模型中選擇：{known}。連網時，Cutie 也會提供 API 列出的新圖像模型。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} cannot make {ratio} images; it offers {ratios}.</source>
        <translation>{model} 不能產生 {ratio} 的圖像；它支援 {ratios}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} makes images at a fixed size ({size}); leave the size unset.</source>
        <translation>{model} 以固定尺寸產生圖像（{size}）；請不要設定尺寸。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about 1K</source>
        <translation>約 1K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} offers the sizes {sizes}, not {size}.</source>
        <translation>{model} 提供的尺寸是 {sizes}，沒有 {size}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A seed must be a whole number from {low} to {high:,}; {seed:,} is not.</source>
        <translation>種子必須是 {low} 到 {high:,} 之間的整數；{seed:,} 不符合。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed not sent</source>
        <translation>未送出種子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not take a seed, so Cutie left it out.</source>
        <translation>{name} 不接受種子，所以 Cutie 沒有送出它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This request cannot be sent</source>
        <translation>無法送出這個請求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the settings above; nothing was sent and nothing was billed.</source>
        <translation>請修改上面的設定；沒有送出任何內容，也沒有計費。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} is deprecated</source>
        <translation>{display_name} 已淘汰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google may shut it down soon.</source>
        <translation>Google 可能很快會停用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider {model}.</source>
        <translation>可以考慮 {model}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is restricted</source>
        <translation>{display_name} 受限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google only serves it to projects that used it before; a new key may be refused.</source>
        <translation>Google 只向以前用過它的專案提供；新的金鑰可能會被拒絕。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is not verified</source>
        <translation>{display_name} 未經驗證</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google lists this model but Cutie has not checked its limits; Google may refuse settings.</source>
        <translation>Google 列出了這個模型，但 Cutie 還沒有核實它的限制；Google 可能會拒絕某些設定。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This request would be {size:.0f} MB, over Google&apos;s limit of {limit:.0f} MB</source>
        <translation>這個請求會有 {size:.0f} MB，超過了 Google 的 {limit:.0f} MB 上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the largest reference</source>
        <translation>最大的那張參考圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference</source>
        <translation>這張參考圖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all {count} references</source>
        <translation>全部 {count} 張參考圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {count} largest references</source>
        <translation>最大的 {count} 張參考圖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References made smaller to fit</source>
        <translation>參考圖已縮小以符合上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{over}, so Cutie sends {which} re-encoded to at most {budget:.1f} MB each. Your reference files are not changed.</source>
        <translation>{over}，所以 Cutie 會把{which}重新編碼到每張最多 {budget:.1f} MB 再送出。你的參考圖檔案不會被改動。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To send them at full size, use fewer references.</source>
        <translation>如果要以原始尺寸送出，請減少參考圖。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({size:.1f} MB)</source>
        <translation>{name}（{size:.1f} MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference</source>
        <translation>一張參考圖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove at least {remove} of the {count} references (the largest: {named})</source>
        <translation>從 {count} 張參考圖中至少刪掉 {remove} 張（最大的：{named}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a new conversation from the latest image (or branch from an earlier turn) to leave the earlier pictures out</source>
        <translation>從最新的圖像開始新的對話（或從更早的一輪開分支），把之前的圖片留在外面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} or {second}</source>
        <translation>{first}，或{second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shorten the prompt</source>
        <translation>縮短提示詞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{over}. The conversation so far is {history:.0f} MB of earlier pictures. To send it, {todo}.</source>
        <translation>{over}。目前的對話中有 {history:.0f} MB 是之前的圖片。要送出它，請{todo}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over}. To send it, {todo}.</source>
        <translation>{over}。要送出它，請{todo}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{model} accepts at most {limit} input images; this request has {count}. Remove some references (or combine several into one collage).</source>
        <translation>{model} 最多接受 {limit} 張輸入圖像；這個請求有 {count} 張。請刪掉一些參考圖（或把幾張拼成一張）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} keeps at most {limit} character images consistent; {count} are marked as character. Mark some as object or remove them.</source>
        <translation>{model} 最多能讓 {limit} 張角色圖像保持一致；有 {count} 張被標記為角色。請把一些改為物體，或刪掉它們。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{model} accepts at most {limit} object images; {count} are marked as object.</source>
        <translation>{model} 最多接受 {limit} 張物體圖像；有 {count} 張被標記為物體。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {type}; the model takes PNG, JPEG, WebP or HEIC.</source>
        <translation>{name} 是 {type}；模型接受 PNG、JPEG、WebP 或 HEIC。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is {size:.1f} MB; the limit is {limit:.0f} MB per image. Save it smaller or as JPEG.</source>
        <translation>{name} 有 {size:.1f} MB；每張圖像上限為 {limit:.0f} MB。請存小一點或存為 JPEG。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/generate.py" line="+106"/>
        <source>Too many or too few variants</source>
        <translation>變體太多或太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch makes between 1 and {limit} variants, not {count}.</source>
        <translation>一批產生 1 到 {limit} 個變體，不能是 {count} 個。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each variant is one request, billed on its own.</source>
        <translation>每個變體都是一個單獨計費的請求。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over your budget cap</source>
        <translation>超出了你的預算上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This would cost about ${cost:.2f} ({images} images); your cap is ${cap:.2f}.</source>
        <translation>這大約要花 ${cost:.2f}（{images} 張圖像）；你的上限是 ${cap:.2f}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make fewer variants, pick a smaller size, or raise the cap.</source>
        <translation>請減少變體、選小一點的尺寸，或調高上限。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to draw yet</source>
        <translation>還沒有可畫的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character, give a scene or a prompt, or add reference images.</source>
        <translation>請描述角色、給出場景或提示詞，或加入參考圖。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>It was never handed over for saving.</source>
        <translation>它從未被交給儲存流程。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot create the output folder</source>
        <translation>無法建立輸出資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}: {error}.</source>
        <translation>Cutie 無法建立 {folder}：{error}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another folder; nothing was sent.</source>
        <translation>請選擇另一個資料夾；沒有送出任何內容。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/keycheck.py" line="+45"/>
        <source>No key to test</source>
        <extracomment>A key test should answer in seconds; a generation&apos;s 10-minute limit would look like a hang. One retry covers a transient blip; five (the generation default) would keep the user waiting.</extracomment>
        <translation>沒有可測試的金鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or save an API key first.</source>
        <translation>請先輸入或儲存一個 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/saving.py" line="+128"/>
        <source>{reason} A copy was kept in {folder}.</source>
        <extracomment>Delivered (and so billed) but not saved where it belongs; see `reason` and `rescued`. Nothing to save: blocked, failed or cancelled (the ledger still has a billed call).</extracomment>
        <translation>{reason}已在 {folder} 保留了一份副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Cutie could not keep a copy anywhere.</source>
        <translation>{reason}Cutie 在任何地方都無法保留副本。</translation>
    </message>
</context>
<context>
    <name>core.import</name>
    <message>
        <location filename="../../cutie_app/core/imaging/fetch.py" line="+40"/>
        <source>“{name}” is not a web address Cutie can download ({scheme} link).</source>
        <translation>「{name}」不是 Cutie 能下載的網址（{scheme} 連結）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The website refused to send “{name}” (HTTP {code}). Save the image from the browser and drop the file instead.</source>
        <translation>網站拒絕傳送「{name}」（HTTP {code}）。請在瀏覽器中儲存圖像，再拖入該檔案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” could not be downloaded ({reason}). Check the connection, or save the image from the browser and drop the file instead.</source>
        <translation>無法下載「{name}」（{reason}）。請檢查網路連線，或在瀏覽器中儲存圖像，再拖入該檔案。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” is {size:.0f} MB, too large to import. Use an image under {limit} MB.</source>
        <translation>「{name}」有 {size:.0f} MB，太大，無法匯入。請使用小於 {limit} MB 的圖像。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/reference_import.py" line="+140"/>
        <location line="+86"/>
        <source>{name} is {size}, too large to import. {advice}</source>
        <extracomment>Files above this are refused before any decoding (reading them alone would hurt). Formats the models take as they are; anything else is converted. Pillow modes that are plain 8-bit colour or grey, fine to send unchanged. Images at or under this many pixels are stored losslessly (PNG) when converted. EXIF tags that say where a picture was taken, and with which camera (EXIF 2.32 / TIFF 6). The same facts as XMP writes them (exif:, exifEX:, tiff:, aux: and IPTC&apos;s location fields). EXIF orientation -&gt; the transpose that shows the picture upright (as ImageOps.exif_transpose). The private data taken out before sending: &quot;location&quot;, &quot;camera&quot; (see the module docstring). For the recipe: what was removed, and what the bytes still carry (with the setting off).</extracomment>
        <translation>{name} 有 {size}，太大，無法匯入。{advice}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{name} is empty (0 bytes). Choose the image file itself.</source>
        <translation>{name} 是空的（0 位元組）。請選擇圖像檔案本身。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export it at a smaller size (for example as a JPEG) and try again.</source>
        <translation>請把它匯出為較小的尺寸（例如存為 JPEG）再試。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image</source>
        <translation>這張圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a shortcut (symbolic link) to a file that no longer exists. Choose the original image instead.</source>
        <translation>{name} 是一個捷徑（符號連結），指向的檔案已經不存在。請改選原始圖像。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>找不到 {name}。它可能已被移動或刪除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>{name} could not be read ({error}).</source>
        <translation>無法讀取 {name}（{error}）。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{name} is a folder, not an image. Choose an image file inside it.</source>
        <translation>{name} 是資料夾，不是圖像。請選擇其中的圖像檔案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a regular file. Choose an image file.</source>
        <translation>{name} 不是一般檔案。請選擇一個圖像檔案。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is too large to import. {advice}</source>
        <translation>{name} 太大，無法匯入。{advice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: you do not have permission to open it. Copy it somewhere you own, or change its permissions, and try again.</source>
        <translation>無法讀取 {name}：你沒有開啟它的權限。請把它複製到你自己的位置，或修改它的權限，然後再試。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} declares an enormous picture (more than {limit:,} pixels), which could exhaust memory, so it was not opened. Export it at a smaller size and try again.</source>
        <translation>{name} 宣告的畫面極大（超過 {limit:,} 像素），可能耗盡記憶體，所以沒有開啟。請把它匯出為較小的尺寸再試。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not an image Cutie can read. Choose a PNG, JPEG, WebP or HEIC file (GIF, TIFF, BMP and other common formats are converted).</source>
        <translation>{name} 不是 Cutie 能讀取的圖像。請選擇 PNG、JPEG、WebP 或 HEIC 檔案（GIF、TIFF、BMP 等常見格式會被轉換）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is too large to open in the available memory. {advice}</source>
        <translation>{name} 太大，可用記憶體不足以開啟它。{advice}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>removed location data</source>
        <translation>已移除位置資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed camera data</source>
        <translation>已移除相機資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed location and camera data</source>
        <translation>已移除位置和相機資訊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or incomplete (perhaps a download that did not finish), so it cannot be used. Open it in an image viewer to check, or download it again.</source>
        <translation>{name} 已損毀或不完整（可能是沒下載完），無法使用。請用圖像檢視器開啟檢查，或重新下載。</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+73"/>
        <source>converted from {format}</source>
        <translation>已從 {format} 轉換</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>converted from an unknown format</source>
        <translation>已從未知格式轉換</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first page only</source>
        <translation>只取第一頁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first frame of an animation</source>
        <translation>只取動畫的第一格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rotated as its camera tag says</source>
        <translation>已按相機標記旋轉</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scaled down from {width}×{height} to {new_width}×{new_height}</source>
        <translation>已從 {width}×{height} 縮小到 {new_width}×{new_height}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be made smaller than {size} without ruining it. {advice}</source>
        <translation>{name} 無法在不毀掉畫質的情況下縮小到 {size} 以下。{advice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>reduced from 16-bit colour</source>
        <translation>已從 16 位元色降為 8 位元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from a palette</source>
        <translation>已從調色盤模式轉換</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>converted from CMYK to sRGB with its colour profile</source>
        <translation>已藉助其色彩描述檔從 CMYK 轉換為 sRGB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>converted from CMYK (no colour profile: colours are approximate)</source>
        <translation>已從 CMYK 轉換（沒有色彩描述檔：顏色是近似的）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>compressed to fit {size} ({format} quality {quality}, {width}×{height})</source>
        <translation>已壓縮到 {size} 以內（{format} 品質 {quality}，{width}×{height}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>compressed to fit {size} ({format} quality {quality})</source>
        <translation>已壓縮到 {size} 以內（{format} 品質 {quality}）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/character.py" line="+54"/>
        <source>Only one anchor</source>
        <translation>只能有一張錨圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} references are marked as the anchor ({anchors}).</source>
        <translation>有 {count} 張參考圖被標記為錨圖（{anchors}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one anchor and give the others another role, such as identity.</source>
        <translation>請只保留一張錨圖，給其他的換個角色，例如「正面 / 身分」。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reference not found: {path}</source>
        <translation>找不到參考圖：{path}</translation>
    </message>
</context>
<context>
    <name>core.pack</name>
    <message>
        <location filename="../../cutie_app/core/store/pack.py" line="+132"/>
        <source>Cannot export {subject}: {reason}. Nothing was written.</source>
        <extracomment>Folders of a project that travel in a pack; everything else (.cache/, -wal/-shm) stays home. Folders whose files lie directly inside them (no subfolders), as their rows name them. Members this small cannot be a meaningful bomb (the byte cap bounds them); a tiny SQLite page of zeros or a JSON sidecar may legitimately compress very well. A manifest entry is a few hundred bytes; this bounds the memory json.loads may take. Already-compressed formats are stored as they are: deflating them only costs time. Folder name the project gets on import (manifest &quot;project_name&quot;, else the pack&apos;s stem).</extracomment>
        <translation>無法匯出 {subject}：{reason}。沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {subject}: {reason}. Nothing was written.</source>
        <translation>無法開啟 {subject}：{reason}。沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import {subject}: {reason}. Nothing was written.</source>
        <translation>無法匯入 {subject}：{reason}。沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an empty or &apos;.&apos; path component</source>
        <translation>空的或為「.」的路徑段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &apos;..&apos; component</source>
        <translation>「..」路徑段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character</source>
        <translation>控制字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>Windows 不允許的字元（&lt; &gt; : &quot; | ? *）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component ending in a dot or space</source>
        <translation>以點或空格結尾的路徑段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name Windows reserves for devices</source>
        <translation>Windows 保留給裝置的名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component longer than 255 bytes</source>
        <translation>超過 255 位元組的路徑段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty name</source>
        <translation>空名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character</source>
        <translation>NUL 字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation>反斜線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an absolute path</source>
        <translation>絕對路徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter</source>
        <translation>磁碟機代號</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder inside {folder}/ (its files lie directly in it)</source>
        <translation>{folder}/ 內的子資料夾（它的檔案應直接放在其中）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a location outside manifest.json, project.cutie, images/, references/, luts/ and looks/</source>
        <translation>manifest.json、project.cutie、images/、references/、luts/ 和 looks/ 之外的位置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>它含有路徑分隔符號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts with a dot</source>
        <translation>它以點開頭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has {problem}</source>
        <translation>其中含有{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first!r} and {second!r} differ only in letter case</source>
        <translation>{first!r} 和 {second!r} 只有大小寫不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name!r} is both a file and a folder</source>
        <translation>{name!r} 既是檔案又是資料夾</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{project} is not a Cutie project (it has no {database})</source>
        <translation>{project} 不是 Cutie 專案（其中沒有 {database}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the destination folder {parent} does not exist</source>
        <translation>目標資料夾 {parent} 不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack cannot be saved inside the project folder; choose another place</source>
        <translation>專案包不能儲存在專案資料夾內；請換個位置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project database is {size}, more than the {limit} a pack allows per file</source>
        <translation>專案資料庫有 {size}，超過了專案包對單一檔案允許的 {limit}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a file could not be written ({error})</source>
        <translation>有檔案無法寫入（{error}）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the project database could not be read ({error})</source>
        <translation>無法讀取專案資料庫（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project database is damaged (integrity check: {check}); a pack made from it could not be imported</source>
        <translation>專案資料庫已損毀（完整性檢查：{check}）；用它封裝的包將無法匯入</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder}/ is a link; a project keeps its files inside its own folder</source>
        <translation>{folder}/ 是連結；專案應把檔案放在自己的資料夾內</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file {name!r} has {problem}; rename it and export again</source>
        <translation>檔案 {name!r} 含有{problem}；請重新命名後再匯出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows per file</source>
        <translation>{name!r} 有 {size}，超過了專案包對單一檔案允許的 {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows in {folder}/; move it out of the project and export again</source>
        <translation>{name!r} 有 {size}，超過了專案包在 {folder}/ 中允許的 {limit}；請把它移出專案後再匯出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the project has {count} files; a pack holds at most {limit}</source>
        <translation>專案有 {count} 個檔案；一個專案包最多容納 {limit} 個</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project is {size}; a pack holds at most {limit}</source>
        <translation>專案有 {size}；一個專案包最多容納 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{clash}; rename one so the pack also imports on Windows and macOS</source>
        <translation>{clash}；請重新命名其中一個，這樣專案包在 Windows 和 macOS 上也能匯入</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name!r} grew past the {size} a pack allows per file</source>
        <translation>{name!r} 變得超過了專案包對單一檔案允許的 {size}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the file cannot be opened ({error})</source>
        <translation>無法開啟該檔案（{error}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>it holds too many files ({count}; the limit is {limit})</source>
        <translation>它包含的檔案太多（{count} 個；上限為 {limit}）</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>it is not a zip file, or it is damaged or incomplete ({error})</source>
        <translation>它不是 zip 檔案，或已損毀、不完整（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read ({error})</source>
        <translation>無法讀取該檔案（{error}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name!r} is larger than declared</source>
        <translation>{name!r} 比宣告的大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name!r} is damaged ({error})</source>
        <translation>{name!r} 已損毀（{error}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {name!r} has {problem}</source>
        <translation>包內檔案 {name!r} 含有{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} has a name zipfile would alter</source>
        <translation>包內檔案 {name!r} 的名稱會被 zipfile 改動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is a symbolic link</source>
        <translation>包內檔案 {name!r} 是符號連結</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} is a folder entry (a pack lists files only)</source>
        <translation>包內檔案 {name!r} 是資料夾項目（專案包只列出檔案）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} is a special file (device, pipe or socket)</source>
        <translation>包內檔案 {name!r} 是特殊檔案（裝置、管線或通訊端）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is encrypted</source>
        <translation>包內檔案 {name!r} 已加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {name!r} uses an unsupported compression method</source>
        <translation>包內檔案 {name!r} 使用了不支援的壓縮方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} unpacks to {size}; the limit per file is {limit}</source>
        <translation>包內檔案 {name!r} 解壓後有 {size}；單一檔案上限為 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} unpacks to {size}; a file in {folder}/ may be at most {limit}</source>
        <translation>包內檔案 {name!r} 解壓後有 {size}；{folder}/ 中的檔案最多 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} expands {ratio:.0f} times when unpacked (the limit is {limit:.0f}); it looks like a zip bomb</source>
        <translation>包內檔案 {name!r} 解壓後膨脹 {ratio:.0f} 倍（上限為 {limit:.0f}）；看起來像 zip 炸彈</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>its manifest has no valid {key!r}</source>
        <translation>它的清單中沒有有效的 {key!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its manifest.json is not valid JSON</source>
        <translation>它的 manifest.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json is not a JSON object</source>
        <translation>它的 manifest.json 不是 JSON 物件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest says format {found!r}, not {expected!r}</source>
        <translation>它的清單寫著格式 {found!r}，而不是 {expected!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was made by a newer Cutie (pack format {format_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>它是由更新版本的 Cutie 製作的（包格式 {format_version}；本版本最多讀取到 {supported}）。請更新 Cutie 後再匯入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made by a newer Cutie (project schema {schema_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>它是由更新版本的 Cutie 製作的（專案結構 {schema_version}；本版本最多讀取到 {supported}）。請更新 Cutie 後再匯入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest has no valid &apos;files&apos; list</source>
        <translation>它的清單中沒有有效的 &apos;files&apos; 清單</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest has an invalid entry in &apos;files&apos; (number {index})</source>
        <translation>它的清單在 &apos;files&apos; 中有一個無效項目（第 {index} 個）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>member {name!r} appears more than once</source>
        <translation>包內檔案 {name!r} 出現了不止一次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no manifest.json (it is not a Cutie pack, or it is damaged)</source>
        <translation>它沒有 manifest.json（它不是 Cutie 專案包，或已損毀）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json is {size}, far larger than any project&apos;s</source>
        <translation>它的 manifest.json 有 {size}，遠大於任何專案的清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists too many files ({count}; the limit is {limit})</source>
        <translation>它的清單列出的檔案太多（{count} 個；上限為 {limit}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it unpacks to {size}; the limit is {limit}</source>
        <translation>它解壓後有 {size}；上限為 {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its members overlap (a known zip bomb technique)</source>
        <translation>它的包內檔案互相重疊（一種已知的 zip 炸彈手法）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {path!r} twice</source>
        <translation>它的清單兩次列出了 {path!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {missing!r}, but the pack does not contain it</source>
        <translation>它的清單列出了 {missing!r}，但包中沒有這個檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains {extra!r}, which its manifest does not list</source>
        <translation>它包含 {extra!r}，但清單中沒有列出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no project database ({database})</source>
        <translation>它沒有專案資料庫（{database}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {path!r} is {file_size} bytes, but its manifest says {size}</source>
        <translation>包內檔案 {path!r} 有 {file_size} 位元組，但清單中寫的是 {size}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder {folder} does not exist</source>
        <translation>資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name!r} cannot be a project folder name ({problem}); choose another</source>
        <translation>{name!r} 不能作為專案資料夾名稱（{problem}）；請換一個</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>a project named {name!r} already exists in {folder}</source>
        <translation>{folder} 中已經有名為 {name!r} 的專案</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>it needs {size} but only {free} is free in {folder}</source>
        <translation>它需要 {size}，但 {folder} 只剩 {free} 可用空間</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the project folder could not be created ({error})</source>
        <translation>無法建立專案資料夾（{error}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {path!r} points outside the project</source>
        <translation>包內檔案 {path!r} 指向專案之外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>member {path!r} holds more data than its declared size</source>
        <translation>包內檔案 {path!r} 的資料比宣告的大小多</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged ({error})</source>
        <translation>包內檔案 {path!r} 已損毀（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path!r} could not be extracted ({error})</source>
        <translation>無法解壓 {path!r}（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is shorter than its manifest says</source>
        <translation>包內檔案 {path!r} 比清單中寫的短</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged (its SHA-256 does not match the manifest)</source>
        <translation>包內檔案 {path!r} 已損毀（其 SHA-256 與清單不符）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it unpacks to more than {size}</source>
        <translation>它解壓後超過 {size}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its project database is not an SQLite database</source>
        <translation>它的專案資料庫不是 SQLite 資料庫</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its project database is damaged ({error})</source>
        <translation>它的專案資料庫已損毀（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is damaged (integrity check: {check})</source>
        <translation>它的專案資料庫已損毀（完整性檢查：{check}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project.cutie is an SQLite database, but not one Cutie made</source>
        <translation>它的 project.cutie 是 SQLite 資料庫，但不是 Cutie 建立的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its project database has schema version {version}, but its manifest says {schema_version}</source>
        <translation>它的專案資料庫結構版本為 {version}，但清單中寫的是 {schema_version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its project database is not laid out as Cutie&apos;s: {first} (differences: {count})</source>
        <translation>它的專案資料庫結構與 Cutie 的不同：{first}（共 {count} 處不同）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is not laid out as Cutie&apos;s: {first}</source>
        <translation>它的專案資料庫結構與 Cutie 的不同：{first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its project database names files it may not: {first} (entries: {count})</source>
        <translation>它的專案資料庫指向了不允許的檔案：{first}（共 {count} 筆）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its project database names files it may not: {first}</source>
        <translation>它的專案資料庫指向了不允許的檔案：{first}</translation>
    </message>
</context>
<context>
    <name>core.projects</name>
    <message>
        <location filename="../../cutie_app/core/services/projects.py" line="+291"/>
        <source>That folder already exists</source>
        <extracomment>How many of the newest images are scored after a batch. The notes Cutie itself writes into the ledger, keyed by their English words as stored.</extracomment>
        <translation>該資料夾已經存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is already there; Save As makes a new project folder.</source>
        <translation>{target} 已經存在；「專案另存新檔」會新增一個專案資料夾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new name.</source>
        <translation>請換一個新名稱。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/project_paths.py" line="+96"/>
        <source>That folder is not a Cutie project</source>
        <translation>該資料夾不是 Cutie 專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no {project_file} in it.</source>
        <translation>{path} 中沒有 {project_file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack; New Project starts one.</source>
        <translation>請開啟專案資料夾、其中的 project.cutie 檔案或 .cutiepack；「新增專案」可以新增一個。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutie cannot open that file</source>
        <translation>Cutie 無法開啟該檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is neither a project (project.cutie) nor a packed project (.cutiepack).</source>
        <translation>{name} 既不是專案（project.cutie），也不是封裝的專案（.cutiepack）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack.</source>
        <translation>請開啟專案資料夾、其中的 project.cutie 檔案或 .cutiepack。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is there</source>
        <translation>那裡什麼也沒有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist (moved, renamed or on a drive that is not connected?).</source>
        <translation>{path} 不存在（被移動、改名，或在未連接的磁碟機上？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and try again.</source>
        <translation>請檢查路徑後再試。</translation>
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../cutie_app/core/model/records.py" line="+253"/>
        <source>Images recovered that were saved just before Cutie stopped: {count}</source>
        <extracomment>Delivered and billed, but the image could not be saved (`LedgerEntry.detail` says why). The call reached Google but its answer never (fully) arrived: &quot;outcome unknown, may be billed&quot;. What became of its location and camera data on import; None: not known (imported before). Why, for an UNSAVED call (&quot;The disk is full. ...&quot;); empty otherwise. &quot;generated&quot;, &quot;conversation&quot; or &quot;adjusted&quot; (where the image came from); None: any. How the gallery groups what it lists (`core.services.stacks`); the store ignores it.</extracomment>
        <translation>復原了 Cutie 停止前剛儲存的圖像：{count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files missing (their entries are kept): {count}</source>
        <translation>遺失的檔案（其項目保留）：{count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to recover.</source>
        <translation>沒有需要復原的內容。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/conversations.py" line="+60"/>
        <location line="+4"/>
        <source>Cannot open this conversation</source>
        <translation>無法開啟這段對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved data is damaged.</source>
        <translation>它儲存的資料已損毀。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/db.py" line="+139"/>
        <source>The disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not save to the project, because there is no space left on its disk.</source>
        <translation>Cutie 無法儲存到專案中，因為它所在的磁碟沒有剩餘空間了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space, then try again. Nothing saved before was damaged.</source>
        <translation>請騰出一些磁碟空間後再試。之前儲存的內容都沒有損毀。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The project is busy</source>
        <extracomment>How long a statement waits for another process&apos;s lock before giving up. Below this much free space, an I/O failure is taken for what it almost surely is: a full disk.</extracomment>
        <translation>專案正忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program (or another Cutie window) is writing to this project.</source>
        <translation>另一個程式（或另一個 Cutie 視窗）正在寫入這個專案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the other window and try again.</source>
        <translation>請關閉另一個視窗後再試。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is read-only</source>
        <translation>專案是唯讀的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to this project folder.</source>
        <translation>Cutie 無法寫入這個專案資料夾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the folder&apos;s permissions, or copy the project somewhere writable.</source>
        <translation>請檢查資料夾的權限，或把專案複製到可寫入的位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project refused this change</source>
        <translation>專案拒絕了這項變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It would break the project&apos;s links.</source>
        <translation>它會破壞專案中的關聯。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+59"/>
        <source>The project database is damaged</source>
        <translation>專案資料庫已損毀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read {name}.</source>
        <translation>Cutie 無法讀取 {name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+2"/>
        <source>Restore the project folder from a backup; the images in it are plain files.</source>
        <translation>請從備份還原專案資料夾；其中的圖像都是一般檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read or write the project</source>
        <translation>無法讀寫專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk or the file system reported an error.</source>
        <translation>磁碟或檔案系統回報了錯誤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk (and, for a network folder, the connection), then try again.</source>
        <translation>請檢查磁碟（如果是網路資料夾，也請檢查連線），然後再試。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project database failed</source>
        <translation>專案資料庫出錯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database operation did not complete.</source>
        <translation>一項資料庫操作沒有完成。</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+17"/>
        <source>The project is closed</source>
        <translation>專案已關閉</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It was closed before this change was saved.</source>
        <translation>在這項變更儲存之前，專案就已經關閉了。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/files.py" line="+130"/>
        <source>Cannot save the image</source>
        <translation>無法儲存圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}/ holds a different file named like it.</source>
        <translation>{name}/ 中有一個同名但內容不同的檔案。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save to the project</source>
        <translation>無法儲存到專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not write to {where}.</source>
        <translation>Cutie 無法寫入 {where}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space and the folder&apos;s permissions.</source>
        <translation>請檢查剩餘磁碟空間和資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/images.py" line="+101"/>
        <source>No thumbnail for this image yet</source>
        <extracomment>An adjusted version: `add_derived` leaves the batch empty and its recipe names the adjustments (the batch is tested first, so generated rows are never parsed). Where an image came from, as a condition on its row: the model (a generation), a conversation&apos;s turn, or a local adjustment.</extracomment>
        <translation>這張圖像還沒有縮圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project is open read-only, so Cutie does not write thumbnails into it.</source>
        <translation>專案是以唯讀方式開啟的，所以 Cutie 不會往裡面寫縮圖。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/references.py" line="+194"/>
        <source>The image file is missing</source>
        <translation>圖像檔案不見了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cutie_app/core/store/references.py" line="+1"/>
        <source>{folder}/{file} could not be read.</source>
        <translation>無法讀取 {folder}/{file}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show this image</source>
        <translation>無法顯示這張圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be decoded.</source>
        <translation>無法解碼 {file}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/layout.py" line="+59"/>
        <source>it is not text ({type})</source>
        <extracomment>The largest .cube file Cutie reads (the LUT parser&apos;s own ceiling). A look file embeds the LUTs it uses (base64), so it may be a few LUTs large. Built under this name and renamed into place, so a crash never leaves half a project.cutie. Files an OS drops into folders; they don&apos;t make a folder &quot;not empty&quot;.</extracomment>
        <translation>它不是文字（{type}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty or a &apos;.&apos;/&apos;..&apos; name</source>
        <translation>它是空名稱，或是 &apos;.&apos;/&apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a NUL character</source>
        <translation>它含有 NUL 字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an absolute path</source>
        <translation>它是絕對路徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>它含有路徑分隔符號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names a drive or an alternate data stream</source>
        <translation>它指向磁碟機或替代資料流</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not 64 hex digits</source>
        <translation>它不是 64 位十六進位數字</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the image&apos;s SHA-256 is not 64 hex digits</source>
        <translation>圖像的 SHA-256 不是 64 位十六進位數字</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a symbolic link to {target}</source>
        <translation>它是指向 {target} 的符號連結</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This project names a file outside its folder</source>
        <translation>此專案指向了其資料夾之外的檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry for {sub}/ names {name!r}, and {problem}. Cutie did not read, send, export or delete it.</source>
        <translation>{sub}/ 的一個項目指向 {name!r}，而{problem}。Cutie 沒有讀取、送出、匯出或刪除它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project database was changed by something other than Cutie; restore it from a backup.</source>
        <translation>專案資料庫被 Cutie 以外的東西改動過；請從備份還原它。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/ledger.py" line="+52"/>
        <source>The call reached Google but its answer never arrived (cut off, closed or timed out): it may have been billed.</source>
        <extracomment>The ledger outcome of a variant&apos;s call; a variant of any other status never reached the service.</extracomment>
        <translation>請求已到達 Google，但回答始終沒有到達（被中斷、關閉或逾時）：它可能已被計費。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/lock.py" line="+167"/>
        <source>The project folder is read-only</source>
        <extracomment>How often a holder rewrites its record&apos;s `refreshed_at`. A record from another host older than this is a crashed holder&apos;s (OS locks did not tell). A held lock is tried this many times, a moment apart: its holder may just be closing. OS errors that mean &quot;this file system has no working locks&quot;, not &quot;someone holds it&quot;. Windows locks bytes, and a locked byte cannot be read by others: lock one far past the record. The process&apos;s start time in clock ticks since boot (Linux), &quot;&quot; where unknown.</extracomment>
        <translation>專案資料夾是唯讀的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to {folder}, so it cannot change this project.</source>
        <translation>Cutie 無法寫入 {folder}，所以無法變更這個專案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at, check or export it, or copy it somewhere writable.</source>
        <translation>可以用唯讀方式開啟它來檢視、檢查或匯出，或者把它複製到可寫入的位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Cannot lock the project</source>
        <translation>無法鎖定專案</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cutie could not create {lock_file} in {folder}.</source>
        <translation>Cutie 無法在 {folder} 中建立 {lock_file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Check the folder&apos;s permissions and the free disk space.</source>
        <translation>請檢查資料夾的權限和剩餘磁碟空間。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cutie could not write {lock_file} in {parent}.</source>
        <translation>Cutie 無法在 {parent} 中寫入 {lock_file}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This project is open in another Cutie process</source>
        <translation>這個專案已在另一個 Cutie 程序中開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Only one Cutie can change a project at a time.</source>
        <translation>同一時間只能有一個 Cutie 修改專案。</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+15"/>
        <source>Close it there first, or open the project read-only to check, export or compare it.</source>
        <translation>請先在那裡關閉它，或以唯讀方式開啟專案來檢查、匯出或比較。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>It is open in this very Cutie: close it there before opening it again.</source>
        <translation>它就在這個 Cutie 中開啟著：請先在那裡關閉，再重新開啟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open in Cutie (process {pid} on {host})</source>
        <translation>這個專案已在 Cutie 中開啟（{host} 上的程序 {pid}）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="-271"/>
        <source>This LUT is too large</source>
        <translation>這個 LUT 太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is {size:.1f} MiB; Cutie reads .cube files up to {limit} MiB.</source>
        <translation>它有 {size:.1f} MiB；Cutie 讀取的 .cube 檔案最大為 {limit} MiB。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+68"/>
        <source>Cannot save the look</source>
        <translation>無法儲存預設集</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>It uses the LUT “{name}”, which is not in this project.</source>
        <translation>它用到了 LUT「{name}」，但這個 LUT 不在本專案中。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>looks/ holds too many files named like it.</source>
        <translation>looks/ 中與它名稱相近的檔案太多了。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/migrations.py" line="+262"/>
        <source>This project needs a newer Cutie</source>
        <extracomment>&apos;CUTE&apos; in ASCII: `PRAGMA application_id` of every Cutie project database. Every step, oldest first; versions run 1..SCHEMA_VERSION without gaps (a test checks it). The schema version this Cutie writes. The pack importer compares against it.</extracomment>
        <translation>這個專案需要更新版本的 Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was saved by a newer version of Cutie (project format {version}; this version reads up to {supported}). It was not changed.</source>
        <translation>它是由更新版本的 Cutie 儲存的（專案格式 {version}；本版本最多讀取到 {supported}）。專案沒有被改動。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to open it.</source>
        <translation>請更新 Cutie 後再開啟它。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/opening.py" line="-25"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Not a Cutie project</source>
        <extracomment>Files that may be in a folder a new project goes into (with the -journal of CREATING_FILE).</extracomment>
        <translation>不是 Cutie 專案</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{name} is not a project file; a project&apos;s file is called {project_file}.</source>
        <translation>{name} 不是專案檔案；專案檔名為 {project_file}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such folder</source>
        <translation>沒有這個資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and try again.</source>
        <translation>請檢查路徑後再試。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no {project_file} file.</source>
        <translation>{name} 中沒有 {project_file} 檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a project folder, or create a new project.</source>
        <translation>請選擇一個專案資料夾，或新增一個專案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{project_file} is empty.</source>
        <translation>{project_file} 是空的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{project_file} in {name} is a database, but not one Cutie made.</source>
        <translation>{name} 中的 {project_file} 是資料庫，但不是 Cutie 建立的。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../../cutie_app/core/store/project.py" line="+205"/>
        <source>Cannot create the project</source>
        <translation>無法建立專案</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是檔案，不是資料夾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a project here</source>
        <translation>這裡已經有一個專案了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds a Cutie project.</source>
        <translation>{name} 中已經有一個 Cutie 專案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it instead, or pick an empty folder.</source>
        <translation>請直接開啟它，或選擇一個空資料夾。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder is not empty</source>
        <translation>資料夾不是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds other files, and a project needs a folder of its own.</source>
        <translation>{name} 中已經有其他檔案，而一個專案需要獨立的資料夾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an empty folder, or type a new folder name.</source>
        <translation>請選擇一個空資料夾，或輸入新的資料夾名稱。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cutie could not write to {folder}.</source>
        <translation>Cutie 無法寫入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/project.py" line="+27"/>
        <location line="+6"/>
        <source>Cannot open the project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read or clean up {path}.</source>
        <translation>Cutie 無法讀取或清理 {path}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This project must be updated before it can be opened read-only</source>
        <translation>這個專案需要先更新，才能以唯讀方式開啟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was saved by an older Cutie (project format {version}; this version uses {current}), and a read-only open changes nothing.</source>
        <translation>它是由較舊的 Cutie 儲存的（專案格式 {version}；本版本使用 {current}），而唯讀開啟不會做任何變更。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it once normally, when no other Cutie has it open.</source>
        <translation>請在沒有其他 Cutie 開啟它時，正常開啟一次。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This project is open read-only</source>
        <translation>這個專案以唯讀方式開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie opened it only to look at it, so it cannot change it.</source>
        <translation>Cutie 開啟它只是為了檢視，所以無法變更它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it normally (close any other Cutie that has it open first).</source>
        <translation>請正常開啟它（先關閉其他開啟了它的 Cutie）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/recovery.py" line="+193"/>
        <source>Cutie stopped before the image was saved; the call was recovered from its recipe.</source>
        <extracomment>The ledger&apos;s `detail` for a billed call whose save a crash interrupted before its image landed.</extracomment>
        <translation>圖像儲存之前 Cutie 就停止了；這次呼叫已根據其配方復原。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{lost} of its {count} images never landed.</source>
        <translation>它的 {count} 張圖像中有 {lost} 張沒能儲存下來。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/references.py" line="+24"/>
        <source>A reference image is missing</source>
        <translation>一張參考圖不見了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder}/{file} (slot {position}) could not be read.</source>
        <translation>無法讀取 {folder}/{file}（參考圖欄第 {position} 格）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/scores.py" line="+185"/>
        <source>Remove the slot or put the file back.</source>
        <translation>請移除這一格參考圖，或把檔案放回去。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/rows.py" line="+169"/>
        <location filename="../../cutie_app/core/store/trash.py" line="+145"/>
        <source>No image #{id} in this project</source>
        <extracomment>What a sidecar may restore on recovery; the file itself tells the rest (name, hash, type, size).</extracomment>
        <translation>此專案中沒有圖像 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scene #{id} in this project</source>
        <translation>此專案中沒有場景 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversation #{id} in this project</source>
        <translation>此專案中沒有對話 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reference slot #{id} in this project</source>
        <translation>此專案的參考圖欄中沒有 #{id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It may have been removed.</source>
        <translation>它可能已被刪除。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/scores.py" line="-13"/>
        <source>The anchor image</source>
        <extracomment>References that show the character, so a variant is expected to look like them. Style, palette, background and prop references are not: they would only drag every score down.</extracomment>
        <translation>錨圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference image {number}</source>
        <translation>參考圖 {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} is missing</source>
        <translation>{what}不見了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be read, so consistency scores cannot be computed.</source>
        <translation>無法讀取 {path}，所以無法計算一致性分數。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be read</source>
        <translation>{what}無法讀取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged, so consistency scores cannot be computed.</source>
        <translation>{path} 已損毀，所以無法計算一致性分數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the reference image.</source>
        <translation>請替換這張參考圖。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/trash.py" line="-91"/>
        <source>Its images were moved to the trash.</source>
        <extracomment>The project&apos;s own trash, for callers without a system trash (the CLI, tests). The `detail` of a ledger row whose images were all moved to the trash.</extracomment>
        <translation>它的圖像已移到資源回收筒。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot write to {folder}/: {error}</source>
        <translation>無法寫入 {folder}/：{error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move {file} to the trash: {reason}</source>
        <translation>無法把 {file} 移到資源回收筒：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not move {file} to the trash</source>
        <translation>無法把 {file} 移到資源回收筒</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is no longer in the trash</source>
        <translation>{file} 已不在資源回收筒中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder}/ holds a different file named {file}</source>
        <translation>{folder}/ 中有另一個名為 {file} 的不同檔案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not put {file} back: {error}</source>
        <translation>無法把 {file} 放回去：{error}</translation>
    </message>
</context>
<context>
    <name>core.system</name>
    <message>
        <location filename="../../cutie_app/core/system/secrets.py" line="+49"/>
        <source>No system keyring is available (on Linux, install and unlock GNOME Keyring or KWallet). Cutie never stores the key in a file; set the GEMINI_API_KEY environment variable instead.</source>
        <translation>沒有可用的系統鑰匙圈（在 Linux 上，請安裝並解鎖 GNOME Keyring 或 KWallet）。Cutie 絕不會把金鑰存進檔案；你也可以改為設定環境變數 GEMINI_API_KEY。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The API key is empty.</source>
        <translation>API 金鑰是空的。</translation>
    </message>
</context>
</TS>
