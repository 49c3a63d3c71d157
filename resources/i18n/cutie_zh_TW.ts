<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+122"/>
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
        <location line="+70"/>
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
        <location line="+8"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+242"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+48"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>色溫</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>色調</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>暗角</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Grain</source>
        <translation>顆粒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exposure (stops)</source>
        <translation>曝光（級）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness factor</source>
        <translation>亮度倍數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast factor</source>
        <translation>對比倍數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation factor</source>
        <translation>飽和度倍數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels strength</source>
        <translation>色階強度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve strength</source>
        <translation>曲線強度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT strength</source>
        <translation>LUT 強度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour match strength</source>
        <translation>顏色匹配強度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grain amount</source>
        <translation>顆粒量</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+334"/>
        <source>Before / after</source>
        <translation>前後對比</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+16"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>差異，加亮 ×%.1f · 平均變化 %.1f</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image cannot be shown: %s</source>
        <translation>無法顯示這張圖像：%s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-268"/>
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
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+332"/>
        <source>Compare images</source>
        <translation>比較圖像</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+648"/>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <location line="-648"/>
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
        <location line="+45"/>
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
        <location line="+423"/>
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
        <location line="+59"/>
        <location line="+13"/>
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
        <location line="+8"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · 像素完全相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · 加亮 ×{gain} · 最大差異 {peak}/255 · 平均 {mean}</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="-950"/>
        <source>Image pane {n}</source>
        <translation>圖像窗格 {n}</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+188"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+76"/>
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
        <location line="+297"/>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <location line="-295"/>
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
        <location line="+51"/>
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
        <location filename="../../cutie_app/ui/window/culling.py" line="+142"/>
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
        <location line="+24"/>
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
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+26"/>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+84"/>
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
        <location line="+47"/>
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
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+135"/>
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
        <location line="+2"/>
        <source>S or a click on the number closes it</source>
        <translation>按 S 或點擊數字即可收合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>按 S 或點擊數字即可全部展開</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>the reason is unknown</source>
        <translation>原因不明</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+122"/>
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
        <location line="+11"/>
        <source>Saved into %s</source>
        <translation>已儲存到 %s</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+62"/>
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
        <location line="+192"/>
        <source>Seed · cap</source>
        <translation>種子 · 上限</translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+81"/>
        <source>Retry failed</source>
        <translation>重試失敗項目</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+2"/>
        <source>Generate variants</source>
        <translation>產生變體</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>產生 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>One scene</source>
        <translation>單一場景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+99"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries.</extracomment>
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
        <location line="+9"/>
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
        <location line="+15"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>此 Cutie 副本未安裝使用者指南。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cutie user guide</source>
        <translation>Cutie 使用者指南</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Report a problem</source>
        <translation>回報問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>已複製到剪貼簿：Cutie、Qt、Python 與 Gemini SDK 的版本，以及 Cutie 記錄檔的結尾（其中絕不含 API 金鑰）。請貼到你的訊息中，並說明你做了什麼、原本預期會怎樣。</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/window/trash.py" line="+93"/>
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
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+42"/>
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
        <location filename="../../cutie_app/ui/app.py" line="+136"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie 無法開啟 %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+80"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>把 %s 中的專案放在哪裡？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>正在解開 %s…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not import %s</source>
        <translation>無法匯入 %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+138"/>
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
        <location line="+2"/>
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
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+62"/>
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
        <location line="+58"/>
        <source>Nothing to show</source>
        <translation>沒有可顯示的內容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ 下一張，同一位置 · Z 符合/100 % · P/X/U · 0-5 星級 · Esc 關閉</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>無法顯示 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+101"/>
        <source>Results and spending</source>
        <translation>結果與花費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>圖像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation>花費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(demo)</source>
        <translation>（示範）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-108"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+41"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+206"/>
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
        <location line="+6"/>
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
        <location line="+23"/>
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
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>送給模型的提示詞</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../cutie_app/ui/i18n.py" line="+56"/>
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
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+70"/>
        <location line="+4"/>
        <location line="+27"/>
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
        <location line="+49"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <location line="+43"/>
        <source>Scene</source>
        <translation>場景</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>Character version</source>
        <translation>角色版本</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Response id</source>
        <translation>回應 ID</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+8"/>
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
        <location line="+29"/>
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
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+65"/>
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
        <location line="+225"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>參考圖</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
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
        <location line="-56"/>
        <source>Paste image</source>
        <translation>貼上圖像</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-343"/>
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
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+80"/>
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
        <location filename="../../cutie_app/ui/window/status.py" line="+50"/>
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
        <location line="+10"/>
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
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+318"/>
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
        <location line="+14"/>
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
</TS>
