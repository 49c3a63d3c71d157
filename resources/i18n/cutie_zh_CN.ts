<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+122"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>AdjustEntry</name>
    <message>
        <location line="+27"/>
        <source>&amp;Adjust…</source>
        <translation>调整(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact local adjustments: brightness, colour, LUTs, looks (no AI)</source>
        <translation>精确的本地调整：亮度、颜色、LUT、预设（不用 AI）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Measuring the change and pricing the requests…</source>
        <translation>正在测量改动并估算请求费用…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send %d request(s) to %s, about $%.2f?</source>
        <translation>发送 %d 个请求到 %s，约 $%.2f？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured change: %s.</source>
        <translation>测得的改动：%s。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version was made with local steps, which repeat it exactly and for free; Cutie also makes those versions, to compare side by side.</source>
        <translation>此版本是用本地步骤做出的，可以免费且完全一致地重复；Cutie 也会生成这些版本，方便并排比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model</source>
        <translation>用模型重复此改动</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%d variant(s) made</source>
        <translation>已生成 %d 个变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d exact local version(s)</source>
        <translation>%d 个精确的本地版本</translation>
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
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>拖动分隔线：左侧为调整前，右侧为调整后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+221"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment steps, applied top to bottom</source>
        <translation>调整步骤，从上到下依次应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied top to bottom. Drag to reorder; untick to mute.</source>
        <translation>从上到下依次应用。拖动可调整顺序；取消勾选即停用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT file (.cube)…</source>
        <translation>LUT 文件 (.cube)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>匹配锚图颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looks</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved looks</source>
        <translation>已保存的预设</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>强度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look amount</source>
        <translation>预设强度</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as look…</source>
        <translation>存为预设…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep a new look</source>
        <translation>新预设的保存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this project</source>
        <translation>仅此项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for all projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other images</source>
        <translation>其他图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste here</source>
        <translation>粘贴到这里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted steps:</source>
        <translation>粘贴的步骤：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How pasted steps meet existing ones</source>
        <translation>粘贴的步骤如何与现有步骤合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the same kind</source>
        <translation>替换同类步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go after the others</source>
        <translation>接在其他步骤之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace every step</source>
        <translation>替换所有步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste onto selection</source>
        <translation>粘贴到所选图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected…</source>
        <translation>同步到所选图像…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model…</source>
        <translation>用模型重复此改动…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For changes the steps can&apos;t make: ask the image model to repeat what this version changed (measured against its source) on each other selected image. Billed.</source>
        <translation>用于步骤做不到的改动：让图像模型把此版本的改动（相对其来源测得）重复到其他每张所选图像上。会计费。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants per image</source>
        <translation>每张图像的变体数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> each</source>
        <translation> 个/张</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch progress</source>
        <translation>批处理进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply as new version</source>
        <translation>应用为新版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the full-size image with these steps as a new version; the source stays</source>
        <translation>用这些步骤渲染全尺寸图像，存为新版本；原图保留</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Image #%d</source>
        <translation>图像 #%d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d other selected image(s) in the gallery.</source>
        <translation>图库中另有 %d 张所选图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select more images in the gallery to paste or sync onto them.</source>
        <translation>在图库中再选几张图像，即可粘贴或同步到它们上。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the suggested steps</source>
        <translation>添加建议的步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image #%d · %d×%d · preview %d×%d</source>
        <translation>图像 #%d · %d×%d · 预览 %d×%d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An adjusted version: its steps apply to the original, image #%d.</source>
        <translation>这是调整后的版本：其步骤作用于原图（图像 #%d）。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unmute %s</source>
        <translation>启用 %s</translation>
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
        <translation>调整步骤顺序</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %s</source>
        <translation>更改 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %s</source>
        <translation>添加 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset %s</source>
        <translation>重置 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset all steps</source>
        <translation>重置所有步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a LUT</source>
        <translation>添加 LUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>Cube LUT (*.cube);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rendering the full-size image…</source>
        <translation>正在渲染全尺寸图像…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was not saved.</source>
        <translation>图像未保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as image #%d, a new version of image #%d.</source>
        <translation>已保存为图像 #%d，是图像 #%d 的新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d · %d×%d</source>
        <translation>图像 #%d · %d×%d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use look %s</source>
        <translation>应用预设 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as look</source>
        <translation>存为预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the look:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %d step(s).</source>
        <translation>已复制 %d 个步骤。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy adjustments</source>
        <translation>复制调整</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste steps</source>
        <translation>粘贴步骤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pasting onto %d image(s)…</source>
        <translation>正在粘贴到 %d 张图像…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing %d image(s)…</source>
        <translation>正在同步 %d 张图像…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected</source>
        <translation>同步到所选图像</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d of %d</source>
        <translation>%d / %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling: images being written are finished, the rest skipped…</source>
        <translation>正在取消：正在写入的图像会完成，其余跳过…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d new version(s) saved</source>
        <translation>已保存 %d 个新版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d cancelled</source>
        <translation>%d 个已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d failed: %s</source>
        <translation>%d 个失败：%s</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved look “%s”.</source>
        <translation>已保存预设“%s”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted look “%s”.</source>
        <translation>已删除预设“%s”。</translation>
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
        <translation>对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation</source>
        <translation>饱和度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>色温</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>色调</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Levels</source>
        <translation>色阶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT</source>
        <translation>LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>匹配锚图颜色</translation>
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
        <translation>颗粒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exposure (stops)</source>
        <translation>曝光（档）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness factor</source>
        <translation>亮度倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast factor</source>
        <translation>对比度倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation factor</source>
        <translation>饱和度倍数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels strength</source>
        <translation>色阶强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve strength</source>
        <translation>曲线强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT strength</source>
        <translation>LUT 强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour match strength</source>
        <translation>颜色匹配强度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grain amount</source>
        <translation>颗粒量</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+5"/>
        <source>Amount</source>
        <extracomment>The slider&apos;s range per kind (the number box allows the step&apos;s whole range). Steps the Add menu makes directly (a LUT and a colour match need a file or the anchor).</extracomment>
        <translation>强度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a step to change its amount.</source>
        <translation>选择一个步骤来调整它的强度。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Black point</source>
        <translation>黑场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White point</source>
        <translation>白场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midtones</source>
        <translation>中间调</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Midpoint</source>
        <translation>中点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same grain on every run.</source>
        <translation>相同的种子每次都会生成相同的颗粒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1</source>
        <translation>点的坐标 x,y 取 0 到 1，用空格分隔，例如 0,0 0.5,0.6 1,1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Points</source>
        <translation>控制点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the LUT file kept in the project.</source>
        <translation>使用保存在项目中的 LUT 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours measured from the anchor when the step was added.</source>
        <translation>颜色取自添加此步骤时的锚图。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write points as x,y pairs.</source>
        <translation>请把点写成 x,y 坐标对。</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+334"/>
        <source>Before / after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>滑动对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>差异，加亮 ×%.1f · 平均变化 %.1f</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image cannot be shown: %s</source>
        <translation>无法显示这张图像：%s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-268"/>
        <location line="+1"/>
        <source>Previous branch (Alt+Left)</source>
        <translation>上一个分支 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next branch (Alt+Right)</source>
        <translation>下一个分支 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch %d of %d</source>
        <translation>第 %d 个分支，共 %d 个</translation>
    </message>
</context>
<context>
    <name>CharacterEditing</name>
    <message>
        <location filename="../../cutie_app/ui/window/editing.py" line="+65"/>
        <source>Edit character</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No saved versions yet</source>
        <translation>还没有保存的版本</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore character version</source>
        <translation>恢复角色版本</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the anchor</source>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a reference</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d is now %s</source>
        <translation>图像 #%d 现在是%s</translation>
    </message>
</context>
<context>
    <name>Comparator</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+332"/>
        <source>Compare images</source>
        <translation>比较图像</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the comparison (Esc)</source>
        <translation>退出比较 (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anchor and one candidate side by side (C)</source>
        <translation>锚图与一张候选图并排 (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>总览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up to eight images in a grid (N)</source>
        <translation>最多八张图像排成网格 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>滑动对比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A and B in one view with a draggable divider (W)</source>
        <translation>A 与 B 同屏，中间有可拖动的分隔线 (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where A and B differ, brightened (D)</source>
        <translation>A 与 B 不同之处，加亮显示 (D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+648"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="-648"/>
        <source>Fit whole images (Z toggles)</source>
        <translation>完整显示图像（Z 切换）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One image pixel per screen pixel (Z toggles)</source>
        <translation>图像像素与屏幕像素一比一（Z 切换）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loupe</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 100 % magnifier under the cursor (hold L or the middle button)</source>
        <translation>光标下的 100 % 放大镜（按住 L 或鼠标中键）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-sync</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line panes up again after Shift+wheel or Shift+drag (S)</source>
        <translation>在 Shift+滚轮或 Shift+拖动后重新对齐各窗格 (S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Auto-advance</source>
        <translation>自动前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a flag or rating, move to the next candidate</source>
        <translation>标记或评分后跳到下一张候选图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set as anchor</source>
        <translation>设为锚图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected image the anchor</source>
        <translation>把所选图像设为锚图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>加入参考图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected image to the reference slots</source>
        <translation>把所选图像加入参考图栏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the recipe panel (I)</source>
        <translation>显示或隐藏配方面板 (I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in conversation</source>
        <translation>在对话中编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation that edits the selected image</source>
        <translation>开始一个编辑所选图像的对话</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>←/→ step · P pick · X reject · U unflag · 0–5 stars · Z fit/100 % · L loupe · Shift+wheel one pane · S re-sync · Esc back</source>
        <translation>←/→ 切换 · P 选中 · X 淘汰 · U 取消标记 · 0–5 星级 · Z 适应/100 % · L 放大镜 · Shift+滚轮 单个窗格 · S 重新同步 · Esc 返回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+423"/>
        <source>The file {name} is missing.</source>
        <translation>文件 {name} 不见了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can&apos;t be read: the file is damaged or not an image.</source>
        <translation>无法读取 {name}：文件已损坏或不是图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is too large to show.</source>
        <translation>这张图像太大，无法显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image could not be shown ({kind}).</source>
        <translation>无法显示这张图像（{kind}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the difference…</source>
        <translation>正在计算差异…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · 像素完全相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · 加亮 ×{gain} · 最大差异 {peak}/255 · 平均 {mean}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom {p} %</source>
        <translation>缩放 {p} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No images to compare</source>
        <translation>没有可比较的图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate {n} of {total}</source>
        <translation>候选图 {n} / {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {shown}; ←/→ scroll</source>
        <translation>显示 {shown} 张；←/→ 滚动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+click picked a second image: recipes compared</source>
        <translation>Ctrl+单击选了第二张图像：已比较配方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location line="-950"/>
        <source>Image pane {n}</source>
        <translation>图像窗格 {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>anchor</source>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked</source>
        <translation>已选中</translation>
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
        <translation>适应 {p} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsynced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Anchor</source>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick</source>
        <translation>选中</translation>
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
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+76"/>
        <source>Conversation editing</source>
        <translation>对话编辑</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New ▾</source>
        <extracomment>Whether anything listens to `exact_requested` (the window has the adjustment pane).</extracomment>
        <translation>新建 ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a conversation</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New conversation from the character</source>
        <translation>基于角色新建对话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the anchor in a conversation</source>
        <translation>在对话中编辑锚图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this conversation</source>
        <translation>重命名此对话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this conversation (its images stay)</source>
        <translation>删除此对话（其图像保留）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conversations of this project</source>
        <translation>此项目的对话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation&apos;s turns</source>
        <translation>对话的各轮</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restart from this image</source>
        <translation>从这张图像重新开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing your earlier message: it will be sent as a new branch.</source>
        <translation>正在编辑你之前的消息：它将作为新分支发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t edit</source>
        <translation>不编辑了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing the earlier message</source>
        <translation>停止编辑之前的消息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do it exactly, without AI</source>
        <translation>精确完成，不用 AI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do this tone change exactly with local adjustments, without asking the model</source>
        <translation>用本地调整精确完成这个色调变化，不询问模型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep everything else exactly the same</source>
        <translation>其他一切保持完全不变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the reminder: keep everything else exactly the same</source>
        <translation>加上提醒：其他一切保持完全不变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds “Change only this … Keep everything else exactly the same” to your message</source>
        <translation>在你的消息中加上“只改这一处……其他一切保持完全不变”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tries: each is its own request and branch</source>
        <translation>尝试次数：每次都是独立的请求和分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ×N: N requests in parallel, each answer its own branch</source>
        <translation>发送 ×N：并行发送 N 个请求，每个回答各成一个分支</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the turn in flight (Esc)</source>
        <translation>停止进行中的这一轮 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+297"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · %s · %d turns · $%.2f</source>
        <translation>%s · %s · %d 轮 · $%.2f</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”? Its images stay in the project.</source>
        <translation>删除“%s”？其图像仍保留在项目中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (demo, not billed)</source>
        <translation>（演示，不计费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d turns · total $%.2f%s</source>
        <translation>%d 轮 · 共 $%.2f%s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conversation open. Choose one above, start one with New, or right-click an image in the gallery and choose Edit in conversation.</source>
        <translation>没有打开的对话。在上方选择一个，点击“新建”开始一个，或在图库中右键单击图像并选择“在对话中编辑”。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Say what to change in image #%d.</source>
        <translation>说明要在图像 #%d 中改什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to change in the anchor.</source>
        <translation>说明要在锚图中改什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what to draw; the character sheet and references go with it.</source>
        <translation>描述要画什么；角色设定和参考图会一并发送。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>before #%d</source>
        <translation>改前 #%d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after #%d</source>
        <translation>改后 #%d</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Say “%s”</source>
        <translation>改说“%s”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use numbers: %s</source>
        <translation>用数字表达：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%s” with this wording</source>
        <translation>把“%s”换成这种说法</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open image #%d in the adjustment pane with: %s. Nothing is sent to the model.</source>
        <translation>在调整面板中打开图像 #%d，并加入：%s。不会向模型发送任何内容。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An answer was delivered (and billed) but not saved: %s</source>
        <translation>收到了一个回答（已计费），但未能保存：%s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The next turn is too large to send.</source>
        <translation>下一轮太大，无法发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation is getting large.</source>
        <translation>这个对话越来越大了。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/crash_dialog.py" line="+68"/>
        <location line="+1"/>
        <source>Cutie ran into a problem</source>
        <translation>Cutie 遇到了问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Cutie.</source>
        <translation>Cutie 内部出了点问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cutie hit an error it did not expect.</source>
        <translation>Cutie 遇到了意外错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie hit an error it did not expect while working in the background.</source>
        <translation>Cutie 在后台工作时遇到了意外错误。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your project is safe: what was saved is still on disk. You can keep working; if something looks wrong, save what you can and restart Cutie.</source>
        <translation>你的项目是安全的：已保存的内容仍在磁盘上。你可以继续工作；如果有什么不对劲，请尽量保存后重启 Cutie。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log is kept in {folder}</source>
        <translation>日志保存在 {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file is being written.</source>
        <translation>当前没有写入日志文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more problem(s) happened since; all of them are below and in the log.</source>
        <translation>
            <numerusform>此后又发生了 %n 个问题；全部列在下方，也记录在日志中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {folder}; its path is on the clipboard.</source>
        <translation>无法打开 {folder}；路径已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>CullingController</name>
    <message>
        <location filename="../../cutie_app/ui/window/culling.py" line="+142"/>
        <source>The image is in %s</source>
        <extracomment>How many images around the selected one the loupe&apos;s filmstrip holds.</extracomment>
        <translation>图像位于 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied image #%d</source>
        <translation>已复制图像 #%d</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image #%d&apos;s settings are in the Generate panel</source>
        <translation>图像 #%d 的设置已放入“生成”面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not available now: %s)</source>
        <translation>（当前不可用：%s）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no recipe</source>
        <translation>这张图像没有配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image #%d was recovered or imported without one.</source>
        <translation>图像 #%d 是恢复或导入的，没有配方。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring consistency…</source>
        <translation>正在评估一致性…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking image #%d against the spec…</source>
        <translation>正在对照设定检查图像 #%d…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Comparing the first %d of %d images: the comparator shows up to %d at once</source>
        <translation>正在比较前 %d 张（共 %d 张）：比较视图一次最多显示 %d 张</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+71"/>
        <source>Difference between image A and image B</source>
        <translation>图像 A 与图像 B 的差异</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+26"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+84"/>
        <location line="+1"/>
        <source>Export Images</source>
        <extracomment>Long-edge choices offered (pixels); 0 is full size. Any other value can be typed.</extracomment>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why the export cannot start</source>
        <translation>无法开始导出的原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the export</source>
        <translation>开始导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export after the current image</source>
        <translation>当前图像完成后停止导出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %d selected</source>
        <translation>当前所选的 %d 张</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected image</source>
        <translation>当前所选图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picks</source>
        <translation>选中的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at least</source>
        <translation>评分至少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum stars</source>
        <translation>最低星级</translation>
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
        <translation>包括已淘汰的图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format and size</source>
        <translation>格式与尺寸</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (lossless)</source>
        <translation>PNG（无损）</translation>
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
        <translation>质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quality</source>
        <translation>质量(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long edge in pixels</source>
        <translation>长边像素</translation>
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
        <translation>长边(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where and named how</source>
        <translation>保存位置与命名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older</source>
        <translation>文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File name pattern</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Names</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example file name</source>
        <translation>示例文件名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the files carry</source>
        <translation>文件中包含的信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipe (prompt, model, settings), with the rating in an XMP sidecar</source>
        <translation>配方（提示词、模型、设置），评分另存于 XMP 附属文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embed the recipe</source>
        <translation>嵌入配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client copy: no prompts, tagged as AI-generated</source>
        <translation>给客户的副本：不含提示词，标注为 AI 生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client copy</source>
        <translation>客户副本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the long edge in pixels, such as 1600, or choose Full size.</source>
        <translation>请输入长边像素，例如 1600，或选择“全尺寸”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For example: %s</source>
        <translation>例如：%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export images to folder</source>
        <translation>导出图像到文件夹</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder to export into.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The export stopped because of an error in Cutie (%s).</source>
        <translation>由于 Cutie 内部错误，导出已停止（%s）。</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cutie_app/ui/panes/gallery.py" line="+353"/>
        <source>Filter by scene</source>
        <extracomment>Shown in the middle of an empty list: what to do next, or why nothing matches. The selected tiles changed (read them with `selected_ids`). Actions other panes add to a saved image&apos;s context menu (they read `selected_ids`).</extracomment>
        <translation>按场景筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All scenes</source>
        <translation>全部场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by flag</source>
        <translation>按标记筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any flag</source>
        <translation>任意标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>选中的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or more</source>
        <translation> 及以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>按模型筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by where images came from</source>
        <translation>按图像来源筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>生成的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From conversations</source>
        <translation>来自对话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted versions</source>
        <translation>调整后的版本</translation>
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
        <translation>评分最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most consistent</source>
        <translation>最一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by</source>
        <translation>堆叠方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks</source>
        <translation>不堆叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by batch</source>
        <translation>按批次堆叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by scene</source>
        <translation>按场景堆叠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by: show each batch or scene as one tile, its best image on top. S opens or closes the stack under the cursor.</source>
        <translation>堆叠方式：每个批次或场景只显示为一个图块，最好的图像放在最上面。按 S 展开或收起光标所在的堆叠。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Generated images</source>
        <translation>生成的图像</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+417"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Compare the selected images</source>
        <translation>比较所选图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selection side by side (one image: against the anchor). Key: C</source>
        <translation>并排比较所选图像（只选一张时与锚图比较）。快捷键：C</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No images match these filters.</source>
        <translation>没有符合这些筛选条件的图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No images yet. Describe a scene and press Generate (Ctrl+Enter).</source>
        <translation>还没有图像。描述一个场景，然后按“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>%d images</source>
        <translation>%d 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacks: %d</source>
        <translation>堆叠：%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d selected</source>
        <translation>已选 %d 张</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set as anchor</source>
        <translation>设为锚图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>加入参考图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick (P)</source>
        <translation>选中 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>淘汰 (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag (U)</source>
        <translation>取消标记 (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again (same recipe, new variants)</source>
        <translation>再来一次（同一配方，新变体）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary (open its recipe to change one thing)</source>
        <translation>变化（打开其配方，改动一处）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check against spec</source>
        <translation>对照设定检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in conversation</source>
        <translation>在对话中编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash (Delete)</source>
        <translation>移到回收站 (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stack to Trash (%d images)…</source>
        <translation>将整个堆叠移到回收站（%d 张图像）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this variant</source>
        <translation>取消此变体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare stack (%d images)</source>
        <translation>比较整个堆叠（%d 张图像）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collapse stack (S)</source>
        <translation>收起堆叠 (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand stack (S)</source>
        <translation>展开堆叠 (S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set as top of stack</source>
        <translation>设为堆叠顶部图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the best image on top</source>
        <translation>改回最佳图像置顶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand all stacks</source>
        <translation>展开全部堆叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all stacks</source>
        <translation>收起全部堆叠</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+135"/>
        <source>#%d · chat</source>
        <translation>#%d · 对话</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words only</source>
        <translation>仅文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
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
        <translation>未运行</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not saved: %s</source>
        <translation>未保存：%s</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+12"/>
        <source>No picture</source>
        <translation>无图像</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to cancel this variant</source>
        <translation>右键单击可取消此变体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Save as… or Try again; the image is kept until you do.</source>
        <translation>右键 → 另存为…或再试一次；在你操作之前，图像会一直保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Retry, or double-click</source>
        <translation>右键 → 重试，或双击</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d · %s</source>
        <translation>图像 #%d · %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character&apos;s anchor reference</source>
        <translation>角色的锚图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene: %s</source>
        <translation>场景：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation %s, turn %s</source>
        <translation>对话 %s，第 %s 轮</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the image file is missing or cannot be read.</source>
        <translation>无预览：图像文件丢失或无法读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d</source>
        <translation>图像 #%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anchor</source>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top of a stack of %d images, open</source>
        <translation>%d 张图像堆叠的顶部，已展开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top of a stack of %d images, closed</source>
        <translation>%d 张图像堆叠的顶部，已收起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a stack of %d images</source>
        <translation>在 %d 张图像的堆叠中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked</source>
        <translation>已选中</translation>
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
        <translation>同一场景的 %d 张图像堆叠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stack of %d images from one batch</source>
        <translation>同一批次的 %d 张图像堆叠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as its top</source>
        <translation>已指定为顶部图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the best image is on top</source>
        <translation>最佳图像置顶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number closes it</source>
        <translation>按 S 或点击数字即可收起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>按 S 或点击数字即可全部展开</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>the reason is unknown</source>
        <translation>原因未知</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+122"/>
        <source>Nothing to draw yet</source>
        <translation>还没有可画的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character or write a scene first.</source>
        <translation>请先描述角色或写一个场景。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+57"/>
        <source>Generating %d variants…</source>
        <translation>正在生成 %d 个变体…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>S%d</source>
        <translation>S%d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A reference of that image is gone</source>
        <translation>该图像用过的一张参考图已不在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the reference slots any more: %s.</source>
        <translation>已不在参考图栏中：%s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it again, or use Vary to generate with the current references.</source>
        <translation>请重新加入它，或用“变化”以当前的参考图生成。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A delivered image was not saved</source>
        <translation>有一张已收到的图像没有保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the free disk space and the project folder&apos;s permissions, then right-click the image: Try again, or Save as… into another folder.</source>
        <translation>请检查磁盘剩余空间和项目文件夹的权限，然后右键单击该图像：再试一次，或另存为…到其他文件夹。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the image into a folder</source>
        <translation>把图像保存到文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved into %s</source>
        <translation>已保存到 %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New in Google&apos;s model list</source>
        <translation>Google 模型列表中的新模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick it under Model to try it; Cutie has not checked its limits or prices yet.</source>
        <translation>在“模型”中选择即可试用；Cutie 尚未核实它的限制和价格。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%d of %d variants delivered</source>
        <translation>已收到 %d / %d 个变体</translation>
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
        <translation>宽高比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape</source>
        <translation>画幅</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Seed (optional)</source>
        <translation>种子（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A whole number. Google does not promise a seed repeats an image; if the model refuses it, Cutie sends the request without it, tells you once and hides this field for that model.</source>
        <translation>一个整数。Google 不保证同一种子能重现图像；若模型拒绝种子，Cutie 会不带种子发送请求，提示你一次，并对该模型隐藏此栏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget cap per batch in US dollars</source>
        <translation>每批预算上限（美元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget cap</source>
        <translation>无预算上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse to start a batch whose estimated cost is above this amount.</source>
        <translation>预估费用超过此金额的批次不会开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+192"/>
        <source>Seed · cap</source>
        <translation>种子 · 上限</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>One scene or a series</source>
        <translation>单个场景或系列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of variants</source>
        <translation>变体数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What happens in this picture, e.g. full-body turnaround, waving</source>
        <translation>这张图里发生什么，例如：全身三视图、挥手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Retry the failed variants</source>
        <translation>重试失败的变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel generation</source>
        <translation>取消生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel every running variant (Esc)</source>
        <translation>取消所有正在运行的变体 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate variants</source>
        <translation>生成变体</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>One scene</source>
        <translation>单个场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The seed must be a whole number, like 42.</source>
        <translation>种子必须是整数，例如 42。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed must be between %d and %d.</source>
        <translation>种子必须在 %d 到 %d 之间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry %d failed</source>
        <translation>重试 %d 个失败项</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model %s</source>
        <translation>模型 %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Match references / 1:1</source>
        <translation>与参考图一致 / 1:1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed (%s)</source>
        <translation>固定（%s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%d × price unknown</source>
        <translation>%d × 价格未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo, not billed</source>
        <translation>演示，不计费</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+99"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries.</extracomment>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projects (new ones start here)</source>
        <translation>项目（新项目从这里开始）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images kept when they could not be saved in their project</source>
        <translation>无法存入所属项目而另存的图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache (safe to delete)</source>
        <translation>缓存（可放心删除）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>此 Cutie 副本未安装用户指南。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cutie user guide</source>
        <translation>Cutie 用户指南</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>已复制到剪贴板：Cutie、Qt、Python 和 Gemini SDK 的版本，以及 Cutie 日志的末尾（其中从不包含 API 密钥）。请粘贴到你的消息中，并写明你做了什么、期望得到什么。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Cutie</source>
        <translation>关于 Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie: one character, many images.</source>
        <translation>Cutie：一个角色，许多图像。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/histogram_view.py" line="+28"/>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%d visible pixels</source>
        <translation>%d 个可见像素</translation>
    </message>
</context>
<context>
    <name>ImageDeleting</name>
    <message>
        <location filename="../../cutie_app/ui/window/trash.py" line="+93"/>
        <location line="+7"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Move %n image(s) to the trash?</source>
        <translation>
            <numerusform>将 %n 张图片移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You can undo this with Edit › Undo; the files stay in the system trash.</source>
        <translation>可以用“编辑 › 撤销”放回；文件留在系统回收站中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The anchor was made from one of them; it keeps its own copy.</source>
        <translation>锚图由其中一张生成；锚图保留自己的副本。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference slot(s) were made from them and keep their own copies.</source>
        <translation>
            <numerusform>%n 个参考槽由它们生成，各自保留副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n adjusted version(s) stay in the project, no longer linked to them.</source>
        <translation>
            <numerusform>%n 个调整后的版本留在项目中，不再与它们关联。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conversation turn(s) made from them stay in the project.</source>
        <translation>
            <numerusform>由它们生成的 %n 个对话轮次留在项目中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>删除 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n image(s) to the trash (Edit › Undo puts them back)</source>
        <translation>
            <numerusform>已将 %n 张图片移到回收站（“编辑 › 撤销”可放回）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Some images were not moved to the trash</source>
        <translation>部分图片未能移到回收站</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Put %n image(s) back from the trash</source>
        <translation>
            <numerusform>已从回收站放回 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some images could not be put back</source>
        <translation>部分图片未能放回</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+42"/>
        <source>Gemini API key</source>
        <extracomment>Wide enough that the keyring advice reads as two or three lines, not a word per line.</extracomment>
        <translation>Gemini API 密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste your key from Google AI Studio. Cutie stores it in your system keyring (never in a file) and sends it only to Google.</source>
        <translation>粘贴你在 Google AI Studio 获取的密钥。Cutie 只把它保存在系统密钥环中（从不写入文件），也只发送给 Google。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the key was not saved</source>
        <translation>密钥未保存的原因</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The keyring refused the key ({error}).</source>
        <translation>密钥环拒绝了此密钥（{error}）。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../cutie_app/ui/app.py" line="+136"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie 无法打开 %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+80"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>把 %s 中的项目放在哪里？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>正在解包 %s…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not import %s</source>
        <translation>无法导入 %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+138"/>
        <source>Project total</source>
        <extracomment>Readable on the light and the dark theme alike (the text colour is set with it).</extracomment>
        <translation>项目总计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger summary</source>
        <translation>费用摘要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend per scene</source>
        <translation>各场景费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+11"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Billed calls</source>
        <translation>已计费的调用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By scene</source>
        <translation>按场景</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing spent yet</source>
        <translation>尚无花费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call that reaches Google is listed here with its cost.</source>
        <translation>每次发送到 Google 的调用都会连同费用列在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project total: %s</source>
        <translation>项目总计：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>（演示，不计费）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d calls</source>
        <translation>%d 次调用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d images</source>
        <translation>%d 张图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d billed without an image</source>
        <translation>%d 次计费但无图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ marks Cutie&apos;s estimate where Google reported no cost</source>
        <translation>≈ 表示 Google 未报告费用时 Cutie 的估算</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scene</source>
        <translation>无场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed scene #%d</source>
        <translation>已删除的场景 #%d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty scene #%d)</source>
        <translation>（空场景 #%d）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%d input, %d output, %d thinking tokens</source>
        <translation>输入 %d、输出 %d、思考 %d 个 token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response id: %s</source>
        <translation>响应 ID：%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image came back and was billed, but could not be saved: %s</source>
        <translation>图像已返回并已计费，但无法保存：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer never arrived.</source>
        <translation>回答一直没有到达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s — billed</source>
        <translation>%s — 已计费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No image came back, but the call was still billed: Google charges for the input tokens (prompt and reference images) of a request it blocks or answers without an image.</source>
        <translation>没有返回图像，但这次调用仍被计费：对于被拦截或没有返回图像的请求，Google 仍按输入 token（提示词和参考图）收费。</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+62"/>
        <location line="+1"/>
        <source>Loupe</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image, as large as the screen</source>
        <translation>图像，按屏幕大小显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which image, and the keys</source>
        <translation>当前图像与按键说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filmstrip</source>
        <translation>缩略图条</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ 下一张，同一位置 · Z 适应/100 % · P/X/U · 0-5 星级 · Esc 关闭</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>无法显示 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+101"/>
        <source>Results and spending</source>
        <translation>结果与花费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation>花费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-108"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+41"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/window/menus.py" line="-8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Images…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste Image as Reference</source>
        <translation>粘贴图像为参考图(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character &amp;Versions…</source>
        <translation>角色版本(&amp;V)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemini API &amp;key…</source>
        <translation>Gemini API 密钥(&amp;K)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate Variants</source>
        <translation>生成变体(&amp;G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &amp;Series</source>
        <translation>运行系列(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel All</source>
        <translation>全部取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry Failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score &amp;Consistency of All Images</source>
        <translation>为所有图像评估一致性(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare Selected</source>
        <translation>比较所选(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Loupe (Full Screen)</source>
        <translation>放大镜（全屏）(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spending</source>
        <translation>花费(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Cutie</source>
        <translation>关于 Cutie(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="-68"/>
        <source>Your message</source>
        <extracomment>Turn images are shown this tall: two turns fit in the pane on a 768-pixel-high screen.</extracomment>
        <translation>你的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change, e.g. “make her smile”. Ctrl+Enter sends, Up edits your last one.</source>
        <translation>要改什么，例如“让她笑起来”。Ctrl+Enter 发送，按上方向键编辑上一条。</translation>
    </message>
</context>
<context>
    <name>NoProjectPage</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="+67"/>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;p&gt;Create a project for a new character, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;没有打开的项目&lt;/h2&gt;&lt;p&gt;为新角色创建一个项目，或打开已有项目。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
</context>
<context>
    <name>PairWipe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="-17"/>
        <source>Wipe: image A left of the divider, image B right</source>
        <translation>滑动对比：分隔线左侧为图像 A，右侧为图像 B</translation>
    </message>
</context>
<context>
    <name>PaletteEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+206"/>
        <source>Add colour</source>
        <translation>添加颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add palette colour</source>
        <translation>添加调色板颜色</translation>
    </message>
</context>
<context>
    <name>PaletteRow</name>
    <message>
        <location line="-65"/>
        <source>Pick colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hex colour</source>
        <translation>十六进制颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour name</source>
        <translation>颜色名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour name</source>
        <translation>颜色名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this colour</source>
        <translation>移除此颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove colour</source>
        <translation>移除颜色</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Palette colour</source>
        <translation>调色板颜色</translation>
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
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save preferences</source>
        <translation>保存首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini API key</source>
        <translation>Gemini API 密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cutie keeps your key only in the system keyring, never in a file, and sends it only to the Gemini endpoint. Get a key from Google AI Studio.</source>
        <translation>Cutie 只把你的密钥保存在系统密钥环中，从不写入文件，也只发送给 Gemini 端点。可在 Google AI Studio 获取密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved key</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a new key here</source>
        <translation>在此粘贴新密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+232"/>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+229"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key to keyring</source>
        <translation>把密钥保存到密钥环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove key from keyring</source>
        <translation>从密钥环移除密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Used for new generations unless a project chooses another.</source>
        <translation>新的生成都使用它，除非项目另选了模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — deprecated</source>
        <translation> — 已弃用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — restricted</source>
        <translation> — 受限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — unverified</source>
        <translation> — 未验证</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Parallel requests</source>
        <translation>并行请求数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How many images are generated at the same time.</source>
        <translation>同时生成多少张图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for one image before giving up. 4K images can take minutes.</source>
        <translation>等待单张图像多久后放弃。4K 图像可能需要几分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget cap in US dollars per batch</source>
        <translation>每批预算上限（美元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie asks before starting a batch estimated to cost more than this. Empty: never asks.</source>
        <translation>批次预估费用超过此金额时，Cutie 会先询问。留空：从不询问。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>US$ per batch</source>
        <translation>美元/批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Remove location and camera data from references</source>
        <translation>移除参考图中的位置和相机信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where a photo was taken and with which camera (EXIF, XMP, IPTC) is taken out of reference images before they are sent to Google.</source>
        <translation>参考图发送给 Google 之前，会去掉照片的拍摄地点和所用相机信息（EXIF、XMP、IPTC）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A new language is used the next time Cutie starts.</source>
        <translation>新语言将在下次启动 Cutie 时生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint override</source>
        <translation>端点覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s default</source>
        <translation>Google 默认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for a proxy or gateway in front of the Gemini API, such as https://gemini.example.com/. Leave empty to talk to Google directly.</source>
        <translation>仅用于 Gemini API 前面的代理或网关，例如 https://gemini.example.com/。留空则直接连接 Google。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A key is saved: {key}</source>
        <translation>已保存密钥：{key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is saved; using {variable} from the environment: {key}</source>
        <translation>未保存密钥；正在使用环境变量 {variable}：{key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key is saved.</source>
        <translation>未保存密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a key into the field first.</source>
        <translation>请先在栏中粘贴密钥。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was accepted, but it offers no image models.</source>
        <translation>密钥有效，但没有可用的图像模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Key works — %n image model(s) available: {models}</source>
        <translation>
            <numerusform>密钥可用 — 有 %n 个图像模型：{models}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter an http:// or https:// address without a user name, password, query or fragment, or leave it empty.</source>
        <translation>请输入 http:// 或 https:// 地址，不含用户名、密码、查询或片段；也可留空。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter an amount in US dollars, such as 5 or 2.50, or leave it empty.</source>
        <translation>请输入美元金额，例如 5 或 2.50；也可留空。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter an amount of 0 or more, or leave it empty.</source>
        <translation>请输入 0 或更大的金额；也可留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low:g} to {high:g}.</source>
        <translation>请输入 {low:g} 到 {high:g} 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved in the system keyring.</source>
        <translation>已保存到系统密钥环。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key was removed from the system keyring.</source>
        <translation>已从系统密钥环移除密钥。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system keyring could not be read.</source>
        <translation>无法读取系统密钥环。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused the change ({error}).</source>
        <translation>密钥环拒绝了此更改（{error}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key could not be tested because of an error in Cutie ({error}).</source>
        <translation>由于 Cutie 内部错误，无法测试密钥（{error}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../cutie_app/ui/window/projects.py" line="+63"/>
        <source>Opening %s…</source>
        <translation>正在打开 %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project — choose a folder name</source>
        <translation>新建项目 — 选择文件夹名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My character</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Cutie project folder</source>
        <translation>打开 Cutie 项目文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the project as a new folder</source>
        <translation>把项目另存为新文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> 副本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only: another Cutie is saving into this project.</source>
        <translation>只读：另一个 Cutie 正在向此项目保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images the other Cutie adds appear here when you come back to this window.</source>
        <translation>另一个 Cutie 添加的图像会在你回到此窗口时显示在这里。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project was repaired when it opened</source>
        <translation>项目在打开时已修复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %s</source>
        <translation>已打开 %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not opened: %s</source>
        <translation>未打开：%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No project is open: open or create one (File menu) to generate into it.</source>
        <translation>没有打开的项目：请先打开或新建一个项目（“文件”菜单），再在其中生成。</translation>
    </message>
</context>
<context>
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>发送给模型的提示词</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composed prompt</source>
        <translation>组合后的提示词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prompt builds itself here as you describe the character, add references and write a scene.</source>
        <translation>随着你描述角色、添加参考图、编写场景，提示词会在这里自动生成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send my own text instead</source>
        <translation>改为发送我自己的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use override text</source>
        <translation>使用自定义文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your exact prompt (the composed text above is kept in the recipe)</source>
        <translation>你的完整提示词（上方组合的文字仍会保存在配方中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override prompt</source>
        <translation>自定义提示词</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../cutie_app/ui/i18n.py" line="+56"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <extracomment>The translated languages, each named in its own language (the Preferences list shows these). Every language the window can speak; English is the source text. Qt&apos;s own names for the standard buttons the window uses, as Qt asks for them (the generic theme, and GNOME&apos;s with mnemonics). Marked so that they land in Cutie&apos;s `.ts` files: PySide6 ships no Qt translation for Indonesian, so without these OK, Save and Cancel stayed English there. Qt&apos;s own file is installed after Cutie&apos;s and wins where it exists.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the text shown</source>
        <translation>复制显示的文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the selected image&apos;s recipe as JSON</source>
        <translation>以 JSON 复制所选图像的配方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe details</source>
        <translation>配方详情</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recipe: A vs B</source>
        <translation>配方：A 对比 B</translation>
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
        <translation>提示词</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Prompt override</source>
        <translation>自定义提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed asked</source>
        <translation>请求的种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed sent</source>
        <translation>发送的种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Scene</source>
        <translation>场景</translation>
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
        <translation>费用</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Response id</source>
        <translation>响应 ID</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe format</source>
        <translation>配方格式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference: {role}</source>
        <translation>参考图：{role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens: {kind}</source>
        <translation>Token：{kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recipe recorded for this image (imported, or made outside Cutie).</source>
        <translation>这张图像没有配方（导入的，或在 Cutie 之外制作）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seed} (asked; the model has no seed)</source>
        <translation>{seed}（已请求；该模型不支持种子）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only one of the two images has a recipe, so there is nothing to compare.</source>
        <translation>两张图像中只有一张有配方，无从比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same inputs: model, settings, references and prompt are identical.</source>
        <translation>输入相同：模型、设置、参考图和提示词完全一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} input(s) differ</source>
        <translation>{n} 项输入不同</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also differs (run details): {names}</source>
        <translation>另有不同（运行细节）：{names}</translation>
    </message>
</context>
<context>
    <name>ReferenceSlots</name>
    <message>
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+65"/>
        <source>Front / identity</source>
        <translation>正面 / 身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face close-up</source>
        <translation>面部特写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side view</source>
        <translation>侧面</translation>
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
        <translation>服装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pose</source>
        <translation>姿势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>调色板</translation>
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
        <translation>锚图（最佳结果）</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>参考图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference budget</source>
        <translation>参考图额度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference slots; drop image files here</source>
        <translation>参考图栏；把图像文件拖到这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a slot, or press Alt+Up/Alt+Down, to change its place</source>
        <translation>拖动参考图或按 Alt+上/Alt+下 来调整位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop front, side and back drawings here (files or from a browser), paste, or click Add…</source>
        <translation>把正面、侧面、背面的画拖到这里（文件或来自浏览器），也可粘贴或点击“添加…”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Add reference images</source>
        <translation>添加参考图</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Role of the selected reference</source>
        <translation>所选参考图的用途</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character or object</source>
        <translation>角色或物体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>物体</translation>
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
        <translation>移除所选参考图</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;Nothing to add.&lt;/b&gt; The drop held no image, image file or image address.</source>
        <translation>&lt;b&gt;没有可添加的内容。&lt;/b&gt;拖入的内容里没有图像、图像文件或图像地址。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set anchor</source>
        <translation>设为锚图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add reference</source>
        <translation>添加参考图</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove reference</source>
        <translation>移除参考图</translation>
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
        <translation>图像 (*.png *.jpg *.jpeg *.webp *.heic *.gif)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s could not be read (%s).</source>
        <translation>无法读取 %s（%s）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not added.&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;未添加。&lt;/b&gt;%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder references</source>
        <translation>调整参考图顺序</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Paste image</source>
        <translation>粘贴图像</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Change reference role</source>
        <translation>更改参考图用途</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change reference kind</source>
        <translation>更改参考图类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From generated image #%d</source>
        <translation>来自生成的图像 #%d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>物体</translation>
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
        <translation>物体</translation>
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
        <translation>系列中的场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press F2 to edit; drag or Alt+Up/Down to reorder; Ctrl+V pastes lines</source>
        <translation>双击或按 F2 编辑；拖动或按 Alt+上/下 调整顺序；Ctrl+V 粘贴多行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenes, one image set each:</source>
        <translation>场景(&amp;S)，每个一组图像：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected scenes</source>
        <translation>移除所选场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the scene up (Alt+Up)</source>
        <translation>上移场景 (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down (Alt+Down)</source>
        <translation>下移场景 (Alt+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines</source>
        <translation>粘贴多行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add one scene per line of the clipboard text</source>
        <translation>剪贴板文字每行添加一个场景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outfit for the selected scenes</source>
        <translation>所选场景的服装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the character&apos;s outfits the selected scenes are drawn in</source>
        <translation>所选场景中角色穿哪一套服装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outfit:</source>
        <translation>服装(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Variants per scene</source>
        <translation>每个场景的变体数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants per scene:</source>
        <translation>每个场景的变体数(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost of the series</source>
        <translation>系列预估费用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the series cannot run</source>
        <translation>系列无法运行的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress</source>
        <translation>系列进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress and spend</source>
        <translation>系列进度与花费</translation>
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
        <translation>运行系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the series</source>
        <translation>运行此系列</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Default (%s)</source>
        <translation>默认（%s）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default outfit</source>
        <translation>默认服装</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%s (not in the spec)</source>
        <translation>%s（不在设定中）</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%d / %d images · $%.2f so far</source>
        <translation>%d / %d 张图像 · 目前 $%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>（演示，不计费）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 scene</source>
        <translation>1 个场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d scenes</source>
        <translation>%d 个场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 variant</source>
        <translation>1 个变体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d variants</source>
        <translation>%d 个变体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s × %s × price unknown</source>
        <translation>%s × %s × 价格未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo, not billed</source>
        <translation>演示，不计费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one scene (or paste a list, one scene per line) to run a series.</source>
        <translation>至少添加一个场景（或粘贴列表，每行一个场景）才能运行系列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene %d is empty; Run series skips it.</source>
        <translation>场景 %d 是空的；运行系列时会跳过它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenes %s are empty; Run series skips them.</source>
        <translation>场景 %s 是空的；运行系列时会跳过它们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate every scene, %s each</source>
        <translation>生成所有场景，每个 %s</translation>
    </message>
</context>
<context>
    <name>SpecCheckDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_check_view.py" line="+38"/>
        <source>Check against spec — %s</source>
        <translation>对照设定检查 — %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checked image</source>
        <translation>被检查的图像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%d match · %d mismatch · %d unclear&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%d 项符合 · %d 项不符 · %d 项不确定&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trait checklist</source>
        <translation>特征清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trait</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered by %s%s. A model&apos;s opinion to guide your eye, not a measurement.</source>
        <translation>由 %s%s 回答。这是模型的看法，供你参考，并非测量结果。</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-343"/>
        <source>e.g. Little Orange</source>
        <extracomment>One-paragraph fields that wrap rather than scroll sideways (an art style is often a sentence). The two kinds of field editor, both with a placeholder.</extracomment>
        <translation>例如：小橙子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. flat illustration, clean outlines, no gradients</source>
        <translation>例如：扁平插画、干净线条、无渐变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. about 7 years old</source>
        <translation>例如：大约 7 岁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. girl</source>
        <translation>例如：女孩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, nose, cheeks, mouth…</source>
        <translation>脸型、鼻子、脸颊、嘴巴…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, colour, highlights, lashes…</source>
        <translation>眼型、颜色、高光、睫毛…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour, length, style, ties…</source>
        <translation>颜色、长度、发型、发饰…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone and undertone</source>
        <translation>肤色与底色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build, height in heads, proportions</source>
        <translation>体型、头身比、比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, Name: description (e.g. Everyday: orange pinafore)</source>
        <translation>每行一套，名称: 描述（例如 日常: 橙色背带裙）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Birthmarks, scars, a missing tooth… one per line</source>
        <translation>胎记、伤疤、缺了一颗牙…每行一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traits that must appear in every image, one per line</source>
        <translation>每张图像都必须出现的特征，每行一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to avoid, one per line</source>
        <translation>需要避免的内容，每行一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (not sent to the model)</source>
        <translation>私人备注（不会发送给模型）</translation>
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
        <translation>画风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender presentation</source>
        <translation>性别呈现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face</source>
        <translation>脸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair</source>
        <translation>头发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin</source>
        <translation>皮肤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>身体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfits</source>
        <translation>服装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>配饰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinguishing marks</source>
        <translation>显著特征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>调色板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style keywords</source>
        <translation>风格关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>必须有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>绝不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SpecHistoryDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+80"/>
        <location line="+1"/>
        <source>Character spec history</source>
        <extracomment>(removed, added) word styles per palette: red strike-through and green, readable on either.</extracomment>
        <translation>角色设定历史</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version to look at</source>
        <translation>要查看的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to compare with</source>
        <translation>要比较的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Differences between the versions</source>
        <translation>版本之间的差异</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close history</source>
        <translation>关闭历史</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} — {when}</source>
        <translation>版本 {number} — {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This character has no saved versions yet.</source>
        <translation>这个角色还没有保存的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore version {number}</source>
        <translation>恢复版本 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version {number} could not be read: {error}</source>
        <translation>无法读取版本 {number}：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the current version.</source>
        <translation>这是当前版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>字段</translation>
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
        <translation>演示服务器 — 无需密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: in keyring</source>
        <translation>密钥：在密钥环中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: from the environment (%s)</source>
        <translation>密钥：来自环境变量（%s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where Cutie found your Gemini API key</source>
        <translation>Cutie 在哪里找到了你的 Gemini API 密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project spend: $%.2f</source>
        <translation>项目花费：$%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this session $%.2f)</source>
        <translation>（本次 $%.2f）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo, not billed</source>
        <translation>演示，不计费</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="-744"/>
        <source>Which steps?</source>
        <extracomment>Errors a worker may raise that are the user&apos;s to read, not a bug.</extracomment>
        <translation>哪些步骤？</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+318"/>
        <source>Anchor</source>
        <extracomment>The thumbnail-size slider&apos;s range (the decoded thumbnails are 256 px, so never blurry).</extracomment>
        <translation>锚图</translation>
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
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message (sends a new branch)</source>
        <translation>编辑此消息（作为新分支发送）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it as a new branch; nothing is overwritten</source>
        <translation>修改此消息并作为新分支发送；不会覆盖任何内容</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$%.3f (demo, not billed)</source>
        <translation>$%.3f（演示，不计费）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%.3f</source>
        <translation>$%.3f</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image of this turn; click to continue from it</source>
        <translation>这一轮的图像；单击可从这里继续</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consistency %d %%</source>
        <translation>一致性 %d %%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %d %% like the first image</source>
        <translation> · 与第一张图像 %d %% 相似</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this turn again</source>
        <translation>再次发送这一轮</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next message edits this answer</source>
        <translation>你的下一条消息将编辑这个回答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before/after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image against the one it edited: side by side, wipe, difference</source>
        <translation>这张图像与编辑前的图像对比：并排、滑动对比、差异</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart from this image</source>
        <translation>从这张图像重新开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh conversation with this image as its starting point</source>
        <translation>以这张图像为起点开始新对话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delivered · %d image(s)</source>
        <translation>已收到 · %d 张图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked: %s</source>
        <translation>已拦截：%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %s</source>
        <translation>失败：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered with text only</source>
        <translation>只回复了文字</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="-58"/>
        <source>&lt;h3&gt;Welcome to Cutie&lt;/h3&gt;&lt;p&gt;Describe your character on the left, drop reference drawings in the middle, then generate variants and keep the best.&lt;/p&gt;&lt;p&gt;To generate with Google&apos;s Gemini image models, add your API key. Or try the demo: it draws placeholder images locally, with no key and no cost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 Cutie&lt;/h3&gt;&lt;p&gt;在左侧描述你的角色，把参考画拖到中间，然后生成变体，留下最好的。&lt;/p&gt;&lt;p&gt;要使用 Google 的 Gemini 图像模型生成，请添加你的 API 密钥。也可以先试试演示：它在本机绘制占位图，无需密钥，也不花钱。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Add your Gemini API key</source>
        <translation>添加你的 Gemini API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
</context>
</TS>
