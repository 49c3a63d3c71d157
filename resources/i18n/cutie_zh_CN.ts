<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+137"/>
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
        <location line="+69"/>
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
        <location line="+16"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+243"/>
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
        <translation>对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation</source>
        <translation>饱和度</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+244"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>色温</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>色调</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
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
        <location filename="../../cutie_app/core/model/adjustments.py" line="+208"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>暗角</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Grain</source>
        <translation>颗粒</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-268"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+7"/>
        <source>Exposure (stops)</source>
        <translation>曝光（档）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Brightness factor</source>
        <translation>亮度倍数</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Contrast factor</source>
        <translation>对比度倍数</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Saturation factor</source>
        <translation>饱和度倍数</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+3"/>
        <source>Levels strength</source>
        <translation>色阶强度</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Curve strength</source>
        <translation>曲线强度</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>LUT strength</source>
        <translation>LUT 强度</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Colour match strength</source>
        <translation>颜色匹配强度</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+2"/>
        <source>Grain amount</source>
        <extracomment>Seeds are stored in JSON; keep them exact in every JSON reader (53 bits).</extracomment>
        <translation>颗粒量</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+79"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+367"/>
        <source>Before / after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+57"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>差异，加亮 ×%.1f · 平均变化 %.1f</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This image cannot be shown: %s</source>
        <translation>无法显示这张图像：%s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-336"/>
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
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+343"/>
        <source>Compare images</source>
        <translation>比较图像</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+736"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="-736"/>
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
        <location line="+47"/>
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
        <location line="+485"/>
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
        <location line="+61"/>
        <location line="+19"/>
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
        <location line="+22"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · 像素完全相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · no difference at screen size (the sizes differ)</source>
        <translation>|A − B| · 按屏幕尺寸无差异（尺寸不同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · 加亮 ×{gain} · 最大差异 {peak}/255 · 平均 {mean}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured at screen size (the sizes differ)</source>
        <translation>按屏幕尺寸测量（尺寸不同）</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-1047"/>
        <source>Image pane {n}</source>
        <translation>图像窗格 {n}</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+72"/>
        <source>The conversation cannot do that</source>
        <translation>对话无法这样做</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong in the conversation</source>
        <translation>对话中出了点问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your turns so far are saved; try again.</source>
        <translation>目前为止的各轮都已保存；请再试一次。</translation>
    </message>
    <message>
        <location line="+117"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+77"/>
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
        <location line="+299"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="-297"/>
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
        <location line="+53"/>
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
        <location filename="../../cutie_app/ui/window/culling.py" line="+174"/>
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
        <location line="+26"/>
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
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+27"/>
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
        <location line="+49"/>
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
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+136"/>
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
        <location line="+3"/>
        <source>S or a click on the number closes it</source>
        <translation>按 S 或点击数字即可收起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>按 S 或点击数字即可全部展开</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>the reason is unknown</source>
        <translation>原因未知</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+123"/>
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
        <location line="+13"/>
        <source>Saved into %s</source>
        <translation>已保存到 %s</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+65"/>
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
        <location line="+202"/>
        <source>Seed · cap</source>
        <translation>种子 · 上限</translation>
    </message>
    <message>
        <location line="-197"/>
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
        <location line="+91"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location line="-89"/>
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
        <location line="+1"/>
        <source>Generate variants</source>
        <translation>生成变体</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>One scene</source>
        <translation>单个场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+54"/>
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
    <name>GenerationController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+60"/>
        <source>The image could not be saved there</source>
        <translation>无法把图像保存到那里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick another folder; the image stays in the gallery until it is saved.</source>
        <translation>请选择另一个文件夹；图像在保存之前会一直留在图库中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie saves every image into a project, so it generates only while one is open.</source>
        <translation>Cutie 会把每张图像保存到项目中，所以只有打开项目时才能生成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create a project (File menu), then generate.</source>
        <translation>请打开或新建一个项目（文件菜单），然后再生成。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+102"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries. A mnemonic as Chinese and Japanese menus write it, after the text: &quot;文件(&amp;F)&quot;.</extracomment>
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
        <location line="+11"/>
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
        <location line="+24"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>此 Cutie 副本未安装用户指南。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cutie user guide</source>
        <translation>Cutie 用户指南</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>已复制到剪贴板：Cutie、Qt、Python 和 Gemini SDK 的版本，以及 Cutie 日志的末尾（其中从不包含 API 密钥）。请粘贴到你的消息中，并写明你做了什么、期望得到什么。</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../cutie_app/ui/window/trash.py" line="+94"/>
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
    <name>JobQueue</name>
    <message>
        <location filename="../../cutie_app/ui/models/job_queue.py" line="+75"/>
        <source>Check the seed</source>
        <translation>请检查种子</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+43"/>
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
        <location filename="../../cutie_app/ui/app.py" line="+162"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie 无法打开 %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+97"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. The window icon&apos;s sizes: resources/app/cutie-&lt;N&gt;.png. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>把 %s 中的项目放在哪里？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>正在解包 %s…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not import %s</source>
        <translation>无法导入 %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+140"/>
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
        <location line="+3"/>
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
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+63"/>
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
        <location line="+60"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ 下一张，同一位置 · Z 适应/100 % · P/X/U · 0-5 星级 · Esc 关闭</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>无法显示 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+102"/>
        <source>Results and spending</source>
        <translation>结果与花费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending</source>
        <translation>花费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>(demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="-115"/>
        <location filename="../../cutie_app/ui/window/menus.py" line="+66"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+32"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+207"/>
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
        <location line="+7"/>
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
        <location line="+24"/>
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
    <name>ProjectSession</name>
    <message>
        <location filename="../../cutie_app/ui/models/project_session.py" line="+77"/>
        <source>Check that the project folder is still there and the disk is not full, then try again.</source>
        <extracomment>Why it opened read-only (another Cutie process is writing it), &quot;&quot; when this window writes. How its gallery was last looked at (stacks, order, thumbnail size).</extracomment>
        <translation>请检查项目文件夹是否还在、磁盘是否已满，然后再试一次。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create one first.</source>
        <translation>请先打开或新建一个项目。</translation>
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
        <location line="+3"/>
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
        <location filename="../../cutie_app/ui/i18n.py" line="+67"/>
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
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+76"/>
        <source>location data removed before sending</source>
        <extracomment>What became of a reference&apos;s location and camera data, by the kinds removed or sent: whole phrases, so that each language can word them its own way.</extracomment>
        <translation>发送前已移除位置信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data removed before sending</source>
        <translation>发送前已移除相机信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data removed before sending</source>
        <translation>发送前已移除位置和相机信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>location data sent (removal was off)</source>
        <translation>已发送位置信息（当时未开启移除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data sent (removal was off)</source>
        <translation>已发送相机信息（当时未开启移除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data sent (removal was off)</source>
        <translation>已发送位置和相机信息（当时未开启移除）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded whether location or camera data was removed</source>
        <translation>未记录是否移除了位置或相机信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no location or camera data</source>
        <translation>不含位置或相机信息</translation>
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
        <translation>提示词</translation>
    </message>
    <message>
        <location line="-69"/>
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
        <location line="+46"/>
        <source>Scene</source>
        <translation>场景</translation>
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
        <translation>费用</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Response id</source>
        <translation>响应 ID</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-47"/>
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
        <location line="+9"/>
        <source>Reference: {role}, location and camera data</source>
        <translation>参考图：{role}，位置和相机信息</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+32"/>
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
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+67"/>
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
        <location line="+238"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>参考图</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-59"/>
        <source>Paste image</source>
        <translation>粘贴图像</translation>
    </message>
    <message>
        <location line="+105"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-342"/>
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
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+81"/>
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
        <location filename="../../cutie_app/ui/window/status.py" line="+49"/>
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
        <location line="+11"/>
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
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+321"/>
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
        <location line="+15"/>
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
<context>
    <name>core.adjust</name>
    <message>
        <location filename="../../cutie_app/core/formats/look_file.py" line="+79"/>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+79"/>
        <source>The look uses the LUT “{name}”, which is not available.</source>
        <extracomment>The key and version that mark a look file. Longest LUT name kept from a file.</extracomment>
        <translation>这个预设用到了 LUT “{name}”，但它不可用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is {size} bytes; a look file may be at most {limit}</source>
        <translation>它有 {size} 字节；预设文件最多 {limit} 字节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not valid JSON</source>
        <translation>它不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a look file (not a JSON object)</source>
        <translation>它不是预设文件（不是 JSON 对象）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was saved by a newer version of Cutie</source>
        <translation>它是由更新版本的 Cutie 保存的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its &apos;luts&apos; is not an object</source>
        <translation>它的 &apos;luts&apos; 不是对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its embedded LUT {sha!r} is not filed under a SHA-256</source>
        <translation>它内嵌的 LUT {sha!r} 没有以 SHA-256 存档</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its embedded LUT {sha} is not valid base64</source>
        <translation>它内嵌的 LUT {sha} 不是有效的 base64</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its embedded LUT {sha} does not match its hash</source>
        <translation>它内嵌的 LUT {sha} 与它的哈希值不符</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/adjust.py" line="+161"/>
        <location line="+6"/>
        <source>{name} has too many pixels to adjust safely.</source>
        <extracomment>Formats written as they came; anything else (GIF, BMP, ...) is written as PNG. Quality for lossy outputs (JPEG, WebP): visually lossless for a graded illustration. Rows per band for vignette and grain: bounds their float temporaries (~12 MB at 4096 px). White-balance gain at a warmth or tint of ±1, in stops, applied in linear light. Grain&apos;s standard deviation at amount 1, in 8-bit levels.</extracomment>
        <translation>{name} 像素太多，无法安全地调整。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an image Cutie can read, or the file is damaged.</source>
        <translation>{name} 不是 Cutie 能读取的图像，或文件已损坏。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} has 32-bit pixel values, which Cutie can&apos;t adjust.</source>
        <translation>{name} 的像素值是 32 位的，Cutie 无法调整。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>converted from 16-bit to 8-bit</source>
        <translation>已从 16 位转换为 8 位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from {mode} to RGB</source>
        <translation>已从 {mode} 转换为 RGB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} uses pixel mode {mode}, which Cutie can&apos;t adjust.</source>
        <translation>{name} 使用的像素模式是 {mode}，Cutie 无法调整。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nothing to change</source>
        <translation>没有需要改变的</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The adjustments use {name} (SHA-256 {sha256}…), but its .cube file is not available.</source>
        <translation>这些调整用到了 {name}（SHA-256 {sha256}…），但它的 .cube 文件不可用。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/colour_match.py" line="+76"/>
        <source>The image is fully transparent, so it has no colours to match.</source>
        <extracomment>Longest side of the copy that statistics are measured on. Pixels less opaque than this (0-255) are not part of the picture. The per-channel scale is kept within [1 / MAX_SCALE, MAX_SCALE]. Side of the table the transform is baked into.</extracomment>
        <translation>这张图像完全透明，没有可以匹配的颜色。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/effect.py" line="+89"/>
        <source>Brightness unchanged</source>
        <extracomment>Both pictures are measured at most this large (the figures are averages; size adds nothing). Ratios within this of 1 read as &quot;unchanged&quot;; Lab shifts within `SHIFT_STEADY` as &quot;no shift&quot;.</extracomment>
        <translation>亮度不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness about {percent:.0f} % of the original</source>
        <translation>亮度约为原图的 {percent:.0f} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrast unchanged</source>
        <translation>对比度不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contrast about {percent:.0f} % of the original</source>
        <translation>对比度约为原图的 {percent:.0f} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour saturation unchanged</source>
        <translation>色彩饱和度不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour saturation about {percent:.0f} % of the original</source>
        <translation>色彩饱和度约为原图的 {percent:.0f} %</translation>
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
        <translation>更偏品红（CIELAB a* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greener (CIELAB a* {value:+.0f})</source>
        <translation>更偏绿（CIELAB a* {value:+.0f}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {first} and {second}</source>
        <translation>颜色{first}且{second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {shift}</source>
        <translation>颜色{shift}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour balance unchanged</source>
        <translation>色彩平衡不变</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/lut.py" line="+76"/>
        <source>{name} is {size:.0f} MB, too large to be a .cube file.</source>
        <extracomment>A 65³ table is about 8 MB of text; anything far larger is not a .cube file.</extracomment>
        <translation>{name} 有 {size:.0f} MB，太大了，不可能是 .cube 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a text .cube file (byte {byte} is not UTF-8).</source>
        <translation>{name} 不是文本格式的 .cube 文件（第 {byte} 个字节不是 UTF-8）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>table data before LUT_1D_SIZE or LUT_3D_SIZE</source>
        <translation>表格数据出现在 LUT_1D_SIZE 或 LUT_3D_SIZE 之前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more entries than the {expected} that the size declares</source>
        <translation>条目数超过了尺寸声明的 {expected} 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyword {head} after the table data started</source>
        <translation>关键字 {head} 出现在表格数据开始之后</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} appears twice</source>
        <translation>{keyword} 出现了两次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a file can hold a 1D or a 3D table, not both</source>
        <translation>一个文件只能包含 1D 或 3D 表格，不能两者都有</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} needs a whole number, not {rest!r}</source>
        <translation>{keyword} 需要一个整数，而不是 {rest!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{keyword} {size} is out of range (2 to {limit})</source>
        <translation>{keyword} {size} 超出范围（2 到 {limit}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unsupported keyword {head}</source>
        <translation>不支持的关键字 {head}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}，第 {line} 行：{error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has no LUT_1D_SIZE or LUT_3D_SIZE line; is it a .cube file?</source>
        <translation>{name} 没有 LUT_1D_SIZE 或 LUT_3D_SIZE 行；它是 .cube 文件吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has {found} table entries, but its size declares {expected}.</source>
        <translation>{name} 有 {found} 个表格条目，但它的尺寸声明为 {expected} 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the {colour} domain is empty (DOMAIN_MIN {domain_min:g} is not below DOMAIN_MAX {domain_max:g}).</source>
        <translation>{name}：{colour} 的定义域为空（DOMAIN_MIN {domain_min:g} 不小于 DOMAIN_MAX {domain_max:g}）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{keyword} needs {count} numbers</source>
        <translation>{keyword} 需要 {count} 个数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected {count} numbers</source>
        <translation>应为 {count} 个数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{needs}, found {found} ({text!r})</source>
        <translation>{needs}，实际为 {found} 个（{text!r}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{needs}, found {text!r}</source>
        <translation>{needs}，实际为 {text!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbers must be finite, found {text!r}</source>
        <translation>数值必须是有限数，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-418"/>
        <source>Curves x</source>
        <extracomment>The version written into serialised stacks and looks; `from_dict` reads this and older.</extracomment>
        <translation>曲线 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curves y</source>
        <translation>曲线 y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be a number, not {value!r}.</source>
        <translation>{what} 必须是数字，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be between {low:g} and {high:g}, not {value!r}.</source>
        <translation>{what} 必须在 {low:g} 到 {high:g} 之间，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{step}: &apos;enabled&apos; must be true or false.</source>
        <extracomment>What the amount means, for messages and the pane&apos;s tooltips.</extracomment>
        <translation>{step}：&apos;enabled&apos; 必须是 true 或 false。</translation>
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
        <translation>色阶 {setting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: the white point must be above the black point.</source>
        <translation>色阶：白场必须高于黑场。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Curves: points must be a list of [x, y] pairs.</source>
        <translation>曲线：控制点必须是 [x, y] 对的列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Curves: {point!r} is not an [x, y] pair.</source>
        <translation>曲线：{point!r} 不是 [x, y] 对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves: a curve needs at least two points.</source>
        <translation>曲线：一条曲线至少需要两个点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curves: two points have the same x.</source>
        <translation>曲线：有两个点的 x 相同。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Curves: channel must be one of {choices}.</source>
        <translation>曲线：通道必须是 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LUT: {sha256!r} is not the SHA-256 of a .cube file.</source>
        <translation>LUT：{sha256!r} 不是 .cube 文件的 SHA-256。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT: the name must be text.</source>
        <translation>LUT：名称必须是文本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour statistics: {name} must be three numbers.</source>
        <translation>颜色统计：{name} 必须是三个数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour statistics {setting}</source>
        <translation>颜色统计 {setting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour statistics must be an object with &apos;mean&apos; and &apos;std&apos;.</source>
        <translation>颜色统计必须是含有 &apos;mean&apos; 和 &apos;std&apos; 的对象。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Colour match: anchor_sha256 must be text.</source>
        <translation>颜色匹配：anchor_sha256 必须是文本。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vignette midpoint</source>
        <translation>暗角中点</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Grain: the seed must be a whole number from 0 to {limit}.</source>
        <translation>颗粒：种子必须是 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An adjustment step must be an object, not {data!r}.</source>
        <translation>调整步骤必须是对象，而不是 {data!r}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adjustment step has no &apos;kind&apos;.</source>
        <translation>调整步骤缺少 &apos;kind&apos;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown adjustment {kind!r}: it was probably made by a newer version of Cutie.</source>
        <translation>未知的调整 {kind!r}：它可能是由更新版本的 Cutie 创建的。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{step!r} is not an adjustment step.</source>
        <translation>{step!r} 不是调整步骤。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no step {index} in a stack of {count}.</source>
        <translation>共 {count} 个步骤中没有第 {index} 步。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The amount</source>
        <translation>强度</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An adjustment stack must be an object with a list of steps.</source>
        <translation>调整步骤列表必须是含有步骤列表的对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adjustment stack</source>
        <translation>调整步骤列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adjustment stack&apos;s &apos;steps&apos; must be a list.</source>
        <translation>调整步骤列表的 &apos;steps&apos; 必须是列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: {error}</source>
        <translation>第 {number} 步：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {what} has an unreadable version ({version!r}).</source>
        <translation>这个{what}的版本无法读取（{version!r}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {what} was saved by a newer version of Cutie (format {version}); update Cutie to open it.</source>
        <translation>这个{what}是由更新版本的 Cutie 保存的（格式 {version}）；请更新 Cutie 后再打开。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A look needs a name.</source>
        <translation>预设需要一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A look&apos;s name can be at most 120 characters long.</source>
        <translation>预设名称最多 120 个字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A look&apos;s amount</source>
        <translation>预设强度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A look must be an object with a name and a stack.</source>
        <translation>预设必须是含有名称和步骤列表的对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust.py" line="+143"/>
        <source>{first} and {path} would both be written to {dest}; adjust them separately.</source>
        <extracomment>Never more workers than this by default: each holds a full-size image or two (~250 MB at 4K). How often the waiting thread looks at the cancel signal, in seconds.</extracomment>
        <translation>{first} 和 {path} 都会写到 {dest}；请分开调整它们。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{dest} is the input itself; choose another output folder.</source>
        <translation>{dest} 就是输入文件本身；请选择另一个输出文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} already exists; nothing was written.</source>
        <translation>{name} 已经存在；没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These files already exist ({count} in all); nothing was written: {names}.</source>
        <translation>这些文件已经存在（共 {count} 个）；没有写入任何内容：{names}。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+336"/>
        <location line="+156"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The worker adjusting this image stopped unexpectedly (out of memory?).</source>
        <extracomment>The batch a job belongs to: set by the pool initializer in a worker process (whose jobs run on its main thread), or around the loop when a batch runs in the caller&apos;s thread.</extracomment>
        <translation>负责调整这张图像的进程意外停止了（内存不足？）。</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="+137"/>
        <source>The LUT “{name}” is not in this project any more.</source>
        <translation>LUT “{name}” 已不在这个项目中。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The project has no anchor image to match; set one first.</source>
        <translation>项目没有可以匹配的锚图；请先设置一张。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The anchor image can&apos;t be read: {error}.</source>
        <translation>无法读取锚图：{error}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anchor image</source>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="-30"/>
        <source>{name} can&apos;t be read: {error}.</source>
        <extracomment>Previews are rendered no larger than this on their longest side (a 4K screen&apos;s width). The image the opened one was made from (an edit or an adjusted version), if any.</extracomment>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} is larger than a look file may be.</source>
        <translation>{path} 比预设文件允许的大小还大。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a look file Cutie can read: {error}.</source>
        <translation>{path} 不是 Cutie 能读取的预设文件：{error}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An embedded LUT</source>
        <translation>一个内嵌的 LUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the embedded LUT “{name}” is damaged ({error}).</source>
        <translation>{path}：内嵌的 LUT “{name}” 已损坏（{error}）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no look called “{name}”.</source>
        <translation>没有名为“{name}”的预设。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_ai.py" line="+67"/>
        <source>Image #{id} can&apos;t be read: {error}.</source>
        <extracomment>The scene the made variants are saved under, so the gallery can group them.</extracomment>
        <translation>无法读取图像 #{id}：{error}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image #{id} is not a version of another image, so there is no effect to measure. Pick the approved result of an edit.</source>
        <translation>图像 #{id} 不是另一张图像的版本，所以没有可测量的效果。请选择一次编辑后认可的结果。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} can&apos;t be sent: {error}.</source>
        <translation>无法发送 {name}：{error}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+46"/>
        <source>The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12).</source>
        <extracomment>The named selections `select_image_ids` understands (anything else is a list of ids).</extracomment>
        <translation>选择 {selection!r} 不是 picks、rated、all，也不是图像编号列表（3,7,12）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This project has no image {ids}.</source>
        <translation>这个项目中没有图像 {ids}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="+222"/>
        <location line="+76"/>
        <location line="+86"/>
        <source>it is larger than a look file may be</source>
        <translation>它比预设文件允许的大小还大</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/untrusted.py" line="+145"/>
        <source>it is larger than {limit} MiB</source>
        <extracomment>(table, column, folder) of every column whose value is a file name inside the project.</extracomment>
        <translation>它超过了 {limit} MiB</translation>
    </message>
</context>
<context>
    <name>core.conversation</name>
    <message>
        <location filename="../../cutie_app/core/model/conversation.py" line="+174"/>
        <source>Only the last exchange of a branch can be removed.</source>
        <extracomment>Project image rows made from this turn (a project conversation; empty in a folder). Consistency of this turn&apos;s image (see `services.conversation.DriftReport.to_dict`). SHA-256 of `content` as stored, so a model turn edited after saving is noticed before its (now invalid) thought signatures are sent; &quot;&quot; for turns saved before it existed.</extracomment>
        <translation>只能删除分支中的最后一次往来。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No turn {turn!r} in this conversation.</source>
        <translation>这段对话中没有第 {turn!r} 轮。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{turn!r} matches several turns; type more of its id.</source>
        <translation>{turn!r} 对应了好几轮；请多输入几位编号。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new message must follow a model turn.</source>
        <translation>新消息必须接在模型的一轮之后。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This conversation was saved by a newer version of Cutie; update Cutie.</source>
        <translation>这段对话是由更新版本的 Cutie 保存的；请更新 Cutie。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No conversation in {folder}; start one with --new.</source>
        <translation>{folder} 中没有对话；请用 --new 开始一段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} 已损坏（{error}）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/turn_limits.py" line="+61"/>
        <source>The next turn sends {images} of at most {max_images} input images and {size:.1f} MB of at most {limit:.0f} MB.</source>
        <extracomment>Warn when the next turn would take the request above this share of a limit.</extracomment>
        <translation>下一轮将发送 {images} 张输入图像（上限 {max_images} 张）和 {size:.1f} MB 数据（上限 {limit:.0f} MB）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/conversation.py" line="+282"/>
        <source>palette further from the spec</source>
        <extracomment>An edit whose consistency score falls this much below its parent&apos;s is pointed out. The label the starting image carries in the first request (and its recipe).</extracomment>
        <translation>调色板离设定更远了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shapes and colours further from the anchor</source>
        <translation>形状和颜色离锚图更远了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edit drifted from the character: {why} (consistency {before} % → {after} %).</source>
        <translation>这次编辑偏离了角色：{why}（一致性 {before} % → {after} %）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This edit drifted from where the conversation started: it looks less like the first image ({before} % → {after} % similar).</source>
        <translation>这次编辑偏离了对话开始时的样子：它不如之前那么像第一张图像（相似度 {before} % → {after} %）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No single conversation {prefix!r} in this project (it has: {ids}).</source>
        <translation>这个项目中没有唯一的对话 {prefix!r}（现有：{ids}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This project has no anchor yet; set one first.</source>
        <translation>这个项目还没有锚图；请先设置一张。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That turn has no saved image to restart from; pick a turn with a picture.</source>
        <translation>那一轮没有保存的图像可以重新开始；请选一轮有图片的。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to send</source>
        <translation>没有可发送的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what to change first.</source>
        <translation>请先输入要修改的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many or too few tries</source>
        <translation>尝试次数太多或太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send between 1 and {limit} tries at once, not {tries}.</source>
        <translation>一次请发送 1 到 {limit} 次尝试，不能是 {tries} 次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each try is one request, billed on its own.</source>
        <translation>每次尝试都是一个单独计费的请求。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a model turn to retry.</source>
        <translation>请选择模型的一轮来重试。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This conversation could not be continued: a model turn was changed after it was saved, so its thought signatures would be refused. Branch from an earlier turn, or restart from its image.</source>
        <translation>无法继续这段对话：模型的某一轮在保存后被改动过，所以它的思维签名会被拒绝。请从更早的一轮开分支，或从它的图像重新开始。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This conversation has grown too large</source>
        <translation>这段对话已经太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{budget} The model would refuse it.</source>
        <translation>{budget}模型会拒绝它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart from this image: a fresh conversation with this picture as its starting point.</source>
        <translation>从这张图像重新开始：以这张图片为起点的全新对话。</translation>
    </message>
</context>
<context>
    <name>core.errors</name>
    <message>
        <location filename="../../cutie_app/core/model/errors.py" line="+18"/>
        <source>Gemini image models have no seed. To keep a character consistent, add reference images (front, side, back), promote your best result to the anchor, and generate several variants to pick from.</source>
        <translation>Gemini 图像模型没有种子。要让角色保持一致，请添加参考图（正面、侧面、背面），把最满意的结果设为锚图，并一次生成多个变体来挑选。</translation>
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
        <translation>Cutie 需要你的 Gemini API 密钥才能生成图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation}{detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Gemini API key</source>
        <translation>没有 Gemini API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the key in Preferences (it is stored in your system keyring), or set GEMINI_API_KEY. To try Cutie without a key, use the demo mode (cutie --demo).</source>
        <translation>请在首选项中添加密钥（它保存在系统密钥环中），或设置 GEMINI_API_KEY。想不用密钥试用 Cutie，可以使用演示模式（cutie --demo）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cancelled this request.</source>
        <translation>你取消了这个请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google may still have made and billed it (outcome unknown).</source>
        <translation>Google 可能仍然生成了它并已计费（结果未知）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{sentence} {billed}</source>
        <translation>{sentence}{billed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer was cut off</source>
        <translation>回答被中断了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sent an answer, but the connection broke before all of it arrived, even after retrying.</source>
        <translation>Google 已经发送了回答，但连接在全部内容到达之前就断开了，重试后仍是如此。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If answers keep breaking off, something between you and Google (a proxy, VPN or unstable link) is ending long downloads; a smaller size helps.</source>
        <translation>请再试一次。如果回答总是中断，说明你和 Google 之间的某个环节（代理、VPN 或不稳定的网络）在切断较长的下载；选小一点的尺寸会有帮助。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google did not finish the image within {seconds:.0f} seconds. Large (4K) images can take minutes.</source>
        <translation>Google 没能在 {seconds:.0f} 秒内完成图像。大尺寸（4K）图像可能需要几分钟。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google did not finish the image. Large (4K) images can take minutes.</source>
        <translation>Google 没能完成图像。大尺寸（4K）图像可能需要几分钟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again, pick a smaller size, or raise the timeout in Preferences.</source>
        <translation>请再试一次、选小一点的尺寸，或在首选项中调高超时时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection closed before the answer arrived</source>
        <translation>回答到达之前连接就关闭了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request reached Google, but the connection closed before any answer came back.</source>
        <translation>请求已经到达 Google，但在收到任何回答之前连接就关闭了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again. If it keeps happening, a proxy or VPN may be closing the connection.</source>
        <translation>请再试一次。如果一直这样，可能是代理或 VPN 在关闭连接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach Google</source>
        <translation>无法连接 Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not connect to the Gemini service. Your project is safe and works offline.</source>
        <translation>Cutie 无法连接 Gemini 服务。你的项目安然无恙，离线也能使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your internet connection (and the endpoint in Preferences, if you changed it), then retry.</source>
        <translation>请检查网络连接（如果改过首选项中的端点，也请一并检查），然后重试。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model does not take a seed</source>
        <translation>这个模型不接受种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model} refused the seed, so Cutie sent the request again without it and will not send a seed to this model again.</source>
        <translation>{model} 拒绝了种子，所以 Cutie 去掉种子重新发送了请求，以后也不会再给这个模型发送种子。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick another model from the list.</source>
        <translation>请从列表中选择另一个模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}.</source>
        <translation>请改用 {model}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google shut down {model} on {date}; it no longer answers requests.</source>
        <translation>Google 已于 {date} 关闭 {model}，它不再响应请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google shut down {model}; it no longer answers requests.</source>
        <translation>Google 已关闭 {model}，它不再响应请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} is shut down</source>
        <translation>{model} 已停用</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key was not accepted</source>
        <translation>API 密钥未被接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google says this API key is not valid.</source>
        <translation>Google 说这个 API 密钥无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key again from Google AI Studio and save it in Preferences, then use Test key.</source>
        <translation>请从 Google AI Studio 重新复制密钥，保存到首选项，然后点“测试密钥”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request was too large</source>
        <translation>请求太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request because it was larger than it accepts (100 MB with every reference image and the conversation so far).</source>
        <translation>Google 拒绝了这个请求，因为它超过了允许的大小（连同所有参考图和目前为止的对话共 100 MB）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove some reference images, or start a new conversation from the latest image.</source>
        <translation>请删掉一些参考图，或从最新的图像开始新的对话。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google could not read an input image</source>
        <translation>Google 无法读取一张输入图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the images sent with the request (a reference or an earlier picture) is damaged or of a type the model does not take.</source>
        <translation>随请求发送的某张图像（参考图或之前的图片）已损坏，或是模型不接受的类型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the reference and add it again (Cutie converts it), or use a PNG or JPEG.</source>
        <translation>请删除这张参考图再重新添加（Cutie 会转换它），或改用 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation could not be continued</source>
        <translation>无法继续这段对话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google requires the model&apos;s earlier turns to be sent back exactly as they came, and one of them was missing or altered (its thought signature did not match).</source>
        <translation>Google 要求模型之前的各轮必须原样发回，而其中一轮缺失或被改动了（它的思维签名不匹配）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new conversation from this image, or branch from an earlier turn.</source>
        <translation>请从这张图像开始新的对话，或从更早的一轮开分支。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image generation is not available in your region</source>
        <translation>你所在的地区无法使用图像生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer Gemini image generation where this request came from.</source>
        <translation>Google 不在这个请求发出的地区提供 Gemini 图像生成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a restriction of Google&apos;s service, not of Cutie or your key.</source>
        <translation>这是 Google 服务的限制，与 Cutie 或你的密钥无关。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model not found</source>
        <translation>找不到模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer {model} (it may have been renamed or shut down).</source>
        <translation>Google 没有提供 {model}（它可能已改名或停用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another model from the model list.</source>
        <translation>请从模型列表中选择另一个模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota reached</source>
        <translation>已达配额上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is refusing more requests for now: your project hit its rate limit or spending quota (limits are per Google Cloud project, not per key).</source>
        <translation>Google 暂时拒绝更多请求：你的项目达到了速率限制或消费配额（限制按 Google Cloud 项目计算，而不是按密钥）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait a minute and retry, lower the number of parallel requests, or check billing in Google AI Studio.</source>
        <translation>请等一分钟再重试、减少并行请求数，或在 Google AI Studio 中检查结算设置。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused this key for image generation (no key sent, the key lacks permission, or billing is not enabled; image generation is pay-as-you-go).</source>
        <translation>Google 拒绝用这个密钥生成图像（没有发送密钥、密钥缺少权限，或没有开通结算；图像生成按用量付费）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the key and that billing is enabled for its project in Google AI Studio.</source>
        <translation>请检查密钥，并确认它所属的项目已在 Google AI Studio 中开通结算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google&apos;s image service is overloaded</source>
        <translation>Google 的图像服务过载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stayed busy after several automatic retries. This happens most with 4K images.</source>
        <translation>自动重试几次后模型仍然繁忙。4K 图像最常遇到这种情况。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again in a few minutes, or pick a smaller size.</source>
        <translation>请过几分钟再试，或选小一点的尺寸。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google had an internal error</source>
        <translation>Google 内部出错了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed while making this image, even after automatic retries.</source>
        <translation>生成这张图像时服务出错，自动重试后仍然失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry in a moment. If it keeps happening, copy the details for a bug report.</source>
        <translation>请稍后重试。如果一直出错，请复制详情提交错误报告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model makes one image per request; Cutie sends one request per variant.</source>
        <translation>这个模型每个请求只生成一张图像；Cutie 为每个变体发送一个请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the request as invalid.</source>
        <translation>Google 认为这个请求无效而拒绝了它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the details; if the settings look right, the model may have changed what it accepts.</source>
        <translation>请查看详情；如果设置看起来没问题，可能是模型改变了它接受的内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint did not answer like the Gemini API</source>
        <translation>该端点的回应不像 Gemini API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered, but it has no Gemini model list.</source>
        <translation>这个地址有回应，但没有 Gemini 模型列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the endpoint override in Preferences, or leave it empty to use Google&apos;s.</source>
        <translation>请检查首选项中的端点覆盖，或将其留空以使用 Google 的默认地址。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocked by Google&apos;s image safety filter</source>
        <translation>被 Google 的图像安全过滤器拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was made but withheld because it tripped Google&apos;s safety filter.</source>
        <translation>图像已经生成，但因为触发了 Google 的安全过滤器而被扣下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked as prohibited content</source>
        <translation>作为违禁内容被拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image under its prohibited-use policy.</source>
        <translation>Google 依据其禁止使用政策扣下了这张图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked as too close to existing material</source>
        <translation>因与现有作品过于相似而被拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image because it resembled protected material too closely.</source>
        <translation>Google 扣下了这张图像，因为它与受保护的作品太相似。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was withheld</source>
        <translation>图像被扣下了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image for an unspecified reason.</source>
        <translation>Google 因未说明的原因扣下了这张图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>No image was made</source>
        <translation>没有生成图像</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The model was expected to draw an image but did not.</source>
        <translation>本应由模型画出一张图像，但它没有画。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rephrase the scene (avoid real people, violence or suggestive wording) or change a reference image. Blocked requests may still be billed.</source>
        <translation>请换种说法描述场景（避免真实人物、暴力或带暗示的措辞），或更换一张参考图。被拦截的请求也可能被计费。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The prompt was blocked</source>
        <translation>提示词被拦截了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request before drawing anything ({reason}).</source>
        <translation>Google 在画任何东西之前就拒绝了这个请求（{reason}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again or rephrase the scene.</source>
        <translation>请再试一次，或换种说法描述场景。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocked by Google&apos;s safety filter</source>
        <translation>被 Google 的安全过滤器拦截</translation>
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
        <translation>它回复：“{text}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the picture explicitly (for example start with &apos;Draw&apos; or &apos;Generate an image of&apos;).</source>
        <translation>请明确要求画图（例如以“Draw”或“Generate an image of”开头）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer held neither an image nor an explanation (finish reason {reason}).</source>
        <translation>回答中既没有图像也没有解释（结束原因 {reason}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer held neither an image nor an explanation.</source>
        <translation>回答中既没有图像也没有解释。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again.</source>
        <translation>请再试一次。</translation>
    </message>
</context>
<context>
    <name>core.export</name>
    <message>
        <location filename="../../cutie_app/core/services/export.py" line="+67"/>
        <source>Cannot create the export folder</source>
        <extracomment>Tried after the plain name before giving up on an image (&quot;name-2.png&quot; ... &quot;name-999.png&quot;).</extracomment>
        <translation>无法创建导出文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}.</source>
        <translation>Cutie 无法创建 {folder}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another folder, or check its permissions.</source>
        <translation>请选择另一个文件夹，或检查它的权限。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+146"/>
        <source>Images exported to {folder}: {count}.</source>
        <translation>导出到 {folder} 的图像：{count}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed so as not to overwrite a different file of the same name: {count}.</source>
        <translation>为避免覆盖同名的不同文件而改名的：{count}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+18"/>
        <source>Images NOT exported: {count}.</source>
        <translation>未导出的图像：{count}。</translation>
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
        <translation>这个项目中没有这张图像。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+64"/>
        <source>The image file is missing from the project (images/{file}); restore it from a backup, then export again.</source>
        <translation>项目中缺少这张图像的文件（images/{file}）；请从备份恢复后再导出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+8"/>
        <source>The image file could not be read: {error}.</source>
        <translation>无法读取图像文件：{error}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image has no recipe (it was recovered without one).</source>
        <translation>这张图像没有配方（它是在没有配方的情况下恢复的）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recipe was left out: {error}.</source>
        <translation>配方未包含在内：{error}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+44"/>
        <source>Could not write {name}: {error}.</source>
        <translation>无法写入 {name}：{error}。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The export folder already holds {count} different files named like {name}.</source>
        <translation>导出文件夹中已经有 {count} 个与 {name} 同名的不同文件。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/export_copies.py" line="-313"/>
        <source>the project&apos;s name</source>
        <extracomment>The fields a naming pattern may use, and what they stand for.</extracomment>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position in this export, 1, 2, 3... (zero-padded)</source>
        <translation>在本次导出中的序号：1、2、3……（前面补零）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s number in the project</source>
        <translation>图像在项目中的编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s scene</source>
        <translation>图像的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stars, 0-5</source>
        <translation>它的星级，0–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was made, 2026-03-01</source>
        <translation>它的生成日期，例如 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its file name in the project, without the extension</source>
        <translation>它在项目中的文件名（不含扩展名）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rejected images left out: {count}.</source>
        <translation>未包含的已淘汰图像：{count}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before the end; the files written so far are kept.</source>
        <translation>在结束前取消了；已写入的文件会保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  #{id}: {problem}</source>
        <translation>  #{id}：{problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The naming pattern is empty.</source>
        <translation>命名规则是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern has an unmatched {open} or {close}.</source>
        <translation>命名规则中有不成对的 {open} 或 {close}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The naming pattern uses {field}, which Cutie does not know; use {known}.</source>
        <translation>命名规则用到了 Cutie 不认识的 {field}；请使用 {known}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern needs {n}, {id} or {name}, so that every image gets its own name.</source>
        <translation>命名规则需要包含 {n}、{id} 或 {name}，这样每张图像都会有自己的名字。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The image could not be converted: {error}.</source>
        <translation>无法转换图像：{error}。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The export folder already holds {count} files named like {stem}{suffix}.</source>
        <translation>导出文件夹中已经有 {count} 个名为 {stem}{suffix} 之类的文件。</translation>
    </message>
</context>
<context>
    <name>core.generate</name>
    <message>
        <location filename="../../cutie_app/core/genai/engine.py" line="+548"/>
        <source>No model to check with</source>
        <translation>没有可用于检查的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs a Gemini text model, and none is named for it.</source>
        <translation>检查需要一个 Gemini 文本模型，但没有为它指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model for the check, or update Cutie.</source>
        <translation>请为检查选择一个模型，或更新 Cutie。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to check</source>
        <translation>没有要检查的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs one picture (PNG, JPEG or WebP).</source>
        <translation>检查需要一张图片（PNG、JPEG 或 WebP）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an image, then check it again.</source>
        <translation>请选择一张图像，然后再检查。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The check model is not offered</source>
        <translation>检查用的模型已不再提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer offers {model}, the model Cutie checks images with, and lists no Gemini Flash text model to use instead.</source>
        <translation>Google 不再提供 Cutie 用来检查图像的模型 {model}，也没有列出可替代的 Gemini Flash 文本模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to get a current check model.</source>
        <translation>请更新 Cutie 以获得当前可用的检查模型。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../cutie_app/core/model/validation.py" line="+394"/>
        <source>Reference {number}</source>
        <translation>参考图 {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reference could not be made small enough</source>
        <translation>有一张参考图无法缩小到足够小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove some references so the others can be sent as they are.</source>
        <translation>请删掉一些参考图，这样其余的就能原样发送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong in Cutie</source>
        <translation>Cutie 内部出了点问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request failed because of an error in Cutie itself; your project is safe.</source>
        <translation>这个请求因 Cutie 自身的错误而失败；你的项目安然无恙。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please copy the details into a bug report.</source>
        <translation>请把详情复制到错误报告中。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/consistency.py" line="+200"/>
        <source>{colour!r} is not a hex colour like #FF8C00</source>
        <extracomment>The formula&apos;s version; stored with each score so a changed formula makes old scores stale. Images are analysed at most this many pixels on their longer side. Pixels less opaque than this (0-255) are ignored: they are not part of the picture. Images declaring more pixels than this are refused before decoding (decompression bombs). How many dominant colours an image is summarised by, and how many boxes median cut makes first. A dominant colour covering this share of the visible pixels counts fully as &quot;present&quot;. ΔE00 at or below which a colour matches fully, and at or above which it does not match at all. The difference hash&apos;s grid side (bits per direction: HASH_SIZE²). A grey step smaller than this (0-255) is &quot;flat&quot;, so noise in flat areas doesn&apos;t flip bits. Soft histogram bins along L*, a*, b*, and the ranges they cover. Weights of the documented formula. What transparent areas count as for the grey (structure) summary: white paper.</extracomment>
        <translation>{colour!r} 不是像 #FF8C00 这样的十六进制颜色</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the image</source>
        <translation>这张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot score {name}: it is not an image Cutie can read (it may be damaged or incomplete).</source>
        <translation>无法为 {name} 评分：Cutie 读不了这张图像（它可能已损坏或不完整）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot score {name}: it declares an enormous picture (more than {limit:,} pixels), so it was not opened.</source>
        <translation>无法为 {name} 评分：它声明的画面极大（超过 {limit:,} 像素），所以没有打开。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The palette is empty, so there is nothing to compare the image with.</source>
        <translation>调色板是空的，所以没有可以和图像比较的内容。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to compare the image with: set an anchor, add reference images or give the character a palette.</source>
        <translation>没有可以和图像比较的内容：请设置锚图、添加参考图，或为角色设定调色板。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/catalog.py" line="+213"/>
        <source>its own default size</source>
        <extracomment>Text models that can stand in for the check model: &quot;gemini-3-flash&quot;, &quot;gemini-3.6-flash&quot;... How long the API&apos;s model list counts as fresh. Listing is free and Google adds image models every few months, so the window asks again after a day (see `list_is_stale`). Every aspect ratio the API spec knows. The ratios every Gemini image model takes (the extreme 1:4 ... 8:1 came with Nano Banana 2); a model the catalogue has not verified is offered only these, plus any its description names. A display name that says &quot;image model&quot;: &quot;Nano Banana Pro&quot;, &quot;Gemini 3 Pro Image&quot;. A description that says the model makes pictures (not merely that it reads them). A model&apos;s name inside a description: &quot;Gemini 3 Pro Image Preview&quot; (capital I: a name). Seeds travel as int32 on the wire; anything larger is a 400 (TYPE_INT32).</extracomment>
        <translation>它自己的默认尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by the API but not yet verified by Cutie: limits and prices are unknown.</source>
        <translation>由 API 列出，但尚未经 Cutie 验证：限制和价格都未知。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chosen from Google&apos;s model list because the shipped check model is not offered; prices not verified, so no cost is shown.</source>
        <translation>因内置的检查模型已不再提供，从 Google 的模型列表中选取；价格未经验证，所以不显示费用。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/score.py" line="+47"/>
        <source>A consistency score&apos;s {name} must be a number from 0 to 1, not {value!r}</source>
        <translation>一致性分数的 {name} 必须是 0 到 1 之间的数，而不是 {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A consistency score&apos;s version must be a whole number, not {version!r}</source>
        <translation>一致性分数的版本必须是整数，而不是 {version!r}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A consistency score must be a JSON object, not {data!r}</source>
        <translation>一致性分数必须是 JSON 对象，而不是 {data!r}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A consistency score needs an &apos;overall&apos; value</source>
        <translation>一致性分数需要一个 &apos;overall&apos; 值</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/spec_check.py" line="+146"/>
        <source>Nothing to check</source>
        <extracomment>The line format of the trait list in the prompt; the demo server parses the same lines.</extracomment>
        <translation>没有可检查的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character spec has no traits yet (hair, eyes, outfit, palette, ...).</source>
        <translation>角色设定里还没有任何特征（发型、眼睛、服装、调色板……）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the spec, then check the image again.</source>
        <translation>请先填写设定，然后再检查图像。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check came back unreadable</source>
        <translation>检查结果无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s answer could not be used as a checklist: {detail}</source>
        <translation>模型的回答无法作为检查清单使用：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again; if it keeps happening, try another check model.</source>
        <translation>请再检查一次；如果一直这样，请换一个检查模型。</translation>
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
        <translation>它没有 &quot;items&quot; 列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;summary&quot; is not text.</source>
        <translation>它的 &quot;summary&quot; 不是文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an item is not an object.</source>
        <translation>有一项不是对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item lacks a text &quot;trait&quot; or &quot;verdict&quot;.</source>
        <translation>有一项缺少文本形式的 &quot;trait&quot; 或 &quot;verdict&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names a trait that was not asked about (&quot;{key}&quot;).</source>
        <translation>它提到了一个没有被问到的特征（“{key}”）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it judges &quot;{name}&quot; twice.</source>
        <translation>它对“{name}”判断了两次。</translation>
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
        <translation>Cutie 不认识模型 {model!r}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one of: {known}. When online, Cutie also offers new image models the API lists.</source>
        <translation>请从以下模型中选择：{known}。联网时，Cutie 也会提供 API 列出的新图像模型。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} cannot make {ratio} images; it offers {ratios}.</source>
        <translation>{model} 不能生成 {ratio} 的图像；它支持 {ratios}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} makes images at a fixed size ({size}); leave the size unset.</source>
        <translation>{model} 以固定尺寸生成图像（{size}）；请不要设置尺寸。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about 1K</source>
        <translation>约 1K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} offers the sizes {sizes}, not {size}.</source>
        <translation>{model} 提供的尺寸是 {sizes}，没有 {size}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A seed must be a whole number from {low} to {high:,}; {seed:,} is not.</source>
        <translation>种子必须是 {low} 到 {high:,} 之间的整数；{seed:,} 不符合。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed not sent</source>
        <translation>未发送种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not take a seed, so Cutie left it out.</source>
        <translation>{name} 不接受种子，所以 Cutie 没有发送它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This request cannot be sent</source>
        <translation>无法发送这个请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the settings above; nothing was sent and nothing was billed.</source>
        <translation>请修改上面的设置；没有发送任何内容，也没有计费。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} is deprecated</source>
        <translation>{display_name} 已弃用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google may shut it down soon.</source>
        <translation>Google 可能很快会停用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider {model}.</source>
        <translation>可以考虑 {model}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is restricted</source>
        <translation>{display_name} 受限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google only serves it to projects that used it before; a new key may be refused.</source>
        <translation>Google 只向以前用过它的项目提供；新的密钥可能会被拒绝。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is not verified</source>
        <translation>{display_name} 未经验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google lists this model but Cutie has not checked its limits; Google may refuse settings.</source>
        <translation>Google 列出了这个模型，但 Cutie 还没有核实它的限制；Google 可能会拒绝某些设置。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This request would be {size:.0f} MB, over Google&apos;s limit of {limit:.0f} MB</source>
        <translation>这个请求会有 {size:.0f} MB，超过了 Google 的 {limit:.0f} MB 上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the largest reference</source>
        <translation>最大的那张参考图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference</source>
        <translation>这张参考图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all {count} references</source>
        <translation>全部 {count} 张参考图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {count} largest references</source>
        <translation>最大的 {count} 张参考图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References made smaller to fit</source>
        <translation>参考图已缩小以符合上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{over}, so Cutie sends {which} re-encoded to at most {budget:.1f} MB each. Your reference files are not changed.</source>
        <translation>{over}，所以 Cutie 会把{which}重新编码到每张最多 {budget:.1f} MB 再发送。你的参考图文件不会被改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To send them at full size, use fewer references.</source>
        <translation>如果要以原始尺寸发送，请减少参考图。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({size:.1f} MB)</source>
        <translation>{name}（{size:.1f} MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference</source>
        <translation>一张参考图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove at least {remove} of the {count} references (the largest: {named})</source>
        <translation>从 {count} 张参考图中至少删掉 {remove} 张（最大的：{named}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a new conversation from the latest image (or branch from an earlier turn) to leave the earlier pictures out</source>
        <translation>从最新的图像开始新的对话（或从更早的一轮开分支），把之前的图片留在外面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} or {second}</source>
        <translation>{first}，或{second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shorten the prompt</source>
        <translation>缩短提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{over}. The conversation so far is {history:.0f} MB of earlier pictures. To send it, {todo}.</source>
        <translation>{over}。目前的对话中有 {history:.0f} MB 是之前的图片。要发送它，请{todo}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over}. To send it, {todo}.</source>
        <translation>{over}。要发送它，请{todo}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{model} accepts at most {limit} input images; this request has {count}. Remove some references (or combine several into one collage).</source>
        <translation>{model} 最多接受 {limit} 张输入图像；这个请求有 {count} 张。请删掉一些参考图（或把几张拼成一张）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} keeps at most {limit} character images consistent; {count} are marked as character. Mark some as object or remove them.</source>
        <translation>{model} 最多能让 {limit} 张角色图像保持一致；有 {count} 张被标记为角色。请把一些改为物体，或删掉它们。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{model} accepts at most {limit} object images; {count} are marked as object.</source>
        <translation>{model} 最多接受 {limit} 张物体图像；有 {count} 张被标记为物体。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {type}; the model takes PNG, JPEG, WebP or HEIC.</source>
        <translation>{name} 是 {type}；模型接受 PNG、JPEG、WebP 或 HEIC。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is {size:.1f} MB; the limit is {limit:.0f} MB per image. Save it smaller or as JPEG.</source>
        <translation>{name} 有 {size:.1f} MB；每张图像上限为 {limit:.0f} MB。请存小一点或存为 JPEG。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/generate.py" line="+106"/>
        <source>Too many or too few variants</source>
        <translation>变体太多或太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch makes between 1 and {limit} variants, not {count}.</source>
        <translation>一批生成 1 到 {limit} 个变体，不能是 {count} 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each variant is one request, billed on its own.</source>
        <translation>每个变体都是一个单独计费的请求。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over your budget cap</source>
        <translation>超出了你的预算上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This would cost about ${cost:.2f} ({images} images); your cap is ${cap:.2f}.</source>
        <translation>这大约要花 ${cost:.2f}（{images} 张图像）；你的上限是 ${cap:.2f}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make fewer variants, pick a smaller size, or raise the cap.</source>
        <translation>请减少变体、选小一点的尺寸，或调高上限。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to draw yet</source>
        <translation>还没有可画的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character, give a scene or a prompt, or add reference images.</source>
        <translation>请描述角色、给出场景或提示词，或添加参考图。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>It was never handed over for saving.</source>
        <translation>它从未被交给保存流程。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot create the output folder</source>
        <translation>无法创建输出文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}: {error}.</source>
        <translation>Cutie 无法创建 {folder}：{error}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another folder; nothing was sent.</source>
        <translation>请选择另一个文件夹；没有发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/keycheck.py" line="+45"/>
        <source>No key to test</source>
        <extracomment>A key test should answer in seconds; a generation&apos;s 10-minute limit would look like a hang. One retry covers a transient blip; five (the generation default) would keep the user waiting.</extracomment>
        <translation>没有可测试的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or save an API key first.</source>
        <translation>请先输入或保存一个 API 密钥。</translation>
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
        <translation>{reason}Cutie 在任何地方都无法保留副本。</translation>
    </message>
</context>
<context>
    <name>core.import</name>
    <message>
        <location filename="../../cutie_app/core/imaging/fetch.py" line="+40"/>
        <source>“{name}” is not a web address Cutie can download ({scheme} link).</source>
        <translation>“{name}”不是 Cutie 能下载的网址（{scheme} 链接）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The website refused to send “{name}” (HTTP {code}). Save the image from the browser and drop the file instead.</source>
        <translation>网站拒绝发送“{name}”（HTTP {code}）。请在浏览器中保存图像，再拖入该文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” could not be downloaded ({reason}). Check the connection, or save the image from the browser and drop the file instead.</source>
        <translation>无法下载“{name}”（{reason}）。请检查网络连接，或在浏览器中保存图像，再拖入该文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” is {size:.0f} MB, too large to import. Use an image under {limit} MB.</source>
        <translation>“{name}”有 {size:.0f} MB，太大，无法导入。请使用小于 {limit} MB 的图像。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/reference_import.py" line="+140"/>
        <location line="+86"/>
        <source>{name} is {size}, too large to import. {advice}</source>
        <extracomment>Files above this are refused before any decoding (reading them alone would hurt). Formats the models take as they are; anything else is converted. Pillow modes that are plain 8-bit colour or grey, fine to send unchanged. Images at or under this many pixels are stored losslessly (PNG) when converted. EXIF tags that say where a picture was taken, and with which camera (EXIF 2.32 / TIFF 6). The same facts as XMP writes them (exif:, exifEX:, tiff:, aux: and IPTC&apos;s location fields). EXIF orientation -&gt; the transpose that shows the picture upright (as ImageOps.exif_transpose). The private data taken out before sending: &quot;location&quot;, &quot;camera&quot; (see the module docstring). For the recipe: what was removed, and what the bytes still carry (with the setting off).</extracomment>
        <translation>{name} 有 {size}，太大，无法导入。{advice}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{name} is empty (0 bytes). Choose the image file itself.</source>
        <translation>{name} 是空的（0 字节）。请选择图像文件本身。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export it at a smaller size (for example as a JPEG) and try again.</source>
        <translation>请把它导出为较小的尺寸（例如存为 JPEG）再试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image</source>
        <translation>这张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a shortcut (symbolic link) to a file that no longer exists. Choose the original image instead.</source>
        <translation>{name} 是一个快捷方式（符号链接），指向的文件已经不存在。请改选原始图像。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>找不到 {name}。它可能已被移动或删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>{name} could not be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{name} is a folder, not an image. Choose an image file inside it.</source>
        <translation>{name} 是文件夹，不是图像。请选择其中的图像文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a regular file. Choose an image file.</source>
        <translation>{name} 不是普通文件。请选择一个图像文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is too large to import. {advice}</source>
        <translation>{name} 太大，无法导入。{advice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: you do not have permission to open it. Copy it somewhere you own, or change its permissions, and try again.</source>
        <translation>无法读取 {name}：你没有打开它的权限。请把它复制到你自己的位置，或修改它的权限，然后再试。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} declares an enormous picture (more than {limit:,} pixels), which could exhaust memory, so it was not opened. Export it at a smaller size and try again.</source>
        <translation>{name} 声明的画面极大（超过 {limit:,} 像素），可能耗尽内存，所以没有打开。请把它导出为较小的尺寸再试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not an image Cutie can read. Choose a PNG, JPEG, WebP or HEIC file (GIF, TIFF, BMP and other common formats are converted).</source>
        <translation>{name} 不是 Cutie 能读取的图像。请选择 PNG、JPEG、WebP 或 HEIC 文件（GIF、TIFF、BMP 等常见格式会被转换）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is too large to open in the available memory. {advice}</source>
        <translation>{name} 太大，可用内存不足以打开它。{advice}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>removed location data</source>
        <translation>已移除位置信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed camera data</source>
        <translation>已移除相机信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed location and camera data</source>
        <translation>已移除位置和相机信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or incomplete (perhaps a download that did not finish), so it cannot be used. Open it in an image viewer to check, or download it again.</source>
        <translation>{name} 已损坏或不完整（可能是没下载完），无法使用。请用图像查看器打开检查，或重新下载。</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+73"/>
        <source>converted from {format}</source>
        <translation>已从 {format} 转换</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>converted from an unknown format</source>
        <translation>已从未知格式转换</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first page only</source>
        <translation>只取第一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first frame of an animation</source>
        <translation>只取动画的第一帧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rotated as its camera tag says</source>
        <translation>已按相机标记旋转</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scaled down from {width}×{height} to {new_width}×{new_height}</source>
        <translation>已从 {width}×{height} 缩小到 {new_width}×{new_height}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be made smaller than {size} without ruining it. {advice}</source>
        <translation>{name} 无法在不毁掉画质的情况下缩小到 {size} 以下。{advice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>reduced from 16-bit colour</source>
        <translation>已从 16 位色降为 8 位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from a palette</source>
        <translation>已从调色板模式转换</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>converted from CMYK to sRGB with its colour profile</source>
        <translation>已借助其颜色配置文件从 CMYK 转换为 sRGB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>converted from CMYK (no colour profile: colours are approximate)</source>
        <translation>已从 CMYK 转换（没有颜色配置文件：颜色是近似的）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>compressed to fit {size} ({format} quality {quality}, {width}×{height})</source>
        <translation>已压缩到 {size} 以内（{format} 质量 {quality}，{width}×{height}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>compressed to fit {size} ({format} quality {quality})</source>
        <translation>已压缩到 {size} 以内（{format} 质量 {quality}）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/character.py" line="+54"/>
        <source>Only one anchor</source>
        <translation>只能有一张锚图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} references are marked as the anchor ({anchors}).</source>
        <translation>有 {count} 张参考图被标记为锚图（{anchors}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one anchor and give the others another role, such as identity.</source>
        <translation>请只保留一张锚图，给其他的换个角色，例如“正面 / 身份”。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reference not found: {path}</source>
        <translation>找不到参考图：{path}</translation>
    </message>
</context>
<context>
    <name>core.pack</name>
    <message>
        <location filename="../../cutie_app/core/store/pack.py" line="+132"/>
        <source>Cannot export {subject}: {reason}. Nothing was written.</source>
        <extracomment>Folders of a project that travel in a pack; everything else (.cache/, -wal/-shm) stays home. Folders whose files lie directly inside them (no subfolders), as their rows name them. Members this small cannot be a meaningful bomb (the byte cap bounds them); a tiny SQLite page of zeros or a JSON sidecar may legitimately compress very well. A manifest entry is a few hundred bytes; this bounds the memory json.loads may take. Already-compressed formats are stored as they are: deflating them only costs time. Folder name the project gets on import (manifest &quot;project_name&quot;, else the pack&apos;s stem).</extracomment>
        <translation>无法导出 {subject}：{reason}。没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {subject}: {reason}. Nothing was written.</source>
        <translation>无法打开 {subject}：{reason}。没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import {subject}: {reason}. Nothing was written.</source>
        <translation>无法导入 {subject}：{reason}。没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an empty or &apos;.&apos; path component</source>
        <translation>空的或为“.”的路径段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &apos;..&apos; component</source>
        <translation>“..”路径段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>Windows 不允许的字符（&lt; &gt; : &quot; | ? *）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component ending in a dot or space</source>
        <translation>以点或空格结尾的路径段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name Windows reserves for devices</source>
        <translation>Windows 保留给设备的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component longer than 255 bytes</source>
        <translation>超过 255 字节的路径段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty name</source>
        <translation>空名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character</source>
        <translation>NUL 字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation>反斜杠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter</source>
        <translation>驱动器号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder inside {folder}/ (its files lie directly in it)</source>
        <translation>{folder}/ 内的子文件夹（它的文件应直接放在其中）</translation>
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
        <translation>它含有路径分隔符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts with a dot</source>
        <translation>它以点开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has {problem}</source>
        <translation>其中含有{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first!r} and {second!r} differ only in letter case</source>
        <translation>{first!r} 和 {second!r} 只有大小写不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name!r} is both a file and a folder</source>
        <translation>{name!r} 既是文件又是文件夹</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{project} is not a Cutie project (it has no {database})</source>
        <translation>{project} 不是 Cutie 项目（其中没有 {database}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the destination folder {parent} does not exist</source>
        <translation>目标文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack cannot be saved inside the project folder; choose another place</source>
        <translation>项目包不能保存在项目文件夹内；请换个位置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project database is {size}, more than the {limit} a pack allows per file</source>
        <translation>项目数据库有 {size}，超过了项目包对单个文件允许的 {limit}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a file could not be written ({error})</source>
        <translation>有文件无法写入（{error}）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the project database could not be read ({error})</source>
        <translation>无法读取项目数据库（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project database is damaged (integrity check: {check}); a pack made from it could not be imported</source>
        <translation>项目数据库已损坏（完整性检查：{check}）；用它打的包将无法导入</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder}/ is a link; a project keeps its files inside its own folder</source>
        <translation>{folder}/ 是链接；项目应把文件放在自己的文件夹内</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file {name!r} has {problem}; rename it and export again</source>
        <translation>文件 {name!r} 含有{problem}；请重命名后再导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows per file</source>
        <translation>{name!r} 有 {size}，超过了项目包对单个文件允许的 {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows in {folder}/; move it out of the project and export again</source>
        <translation>{name!r} 有 {size}，超过了项目包在 {folder}/ 中允许的 {limit}；请把它移出项目后再导出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the project has {count} files; a pack holds at most {limit}</source>
        <translation>项目有 {count} 个文件；一个项目包最多容纳 {limit} 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project is {size}; a pack holds at most {limit}</source>
        <translation>项目有 {size}；一个项目包最多容纳 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{clash}; rename one so the pack also imports on Windows and macOS</source>
        <translation>{clash}；请重命名其中一个，这样项目包在 Windows 和 macOS 上也能导入</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name!r} grew past the {size} a pack allows per file</source>
        <translation>{name!r} 变得超过了项目包对单个文件允许的 {size}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the file cannot be opened ({error})</source>
        <translation>无法打开该文件（{error}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>it holds too many files ({count}; the limit is {limit})</source>
        <translation>它包含的文件太多（{count} 个；上限为 {limit}）</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>it is not a zip file, or it is damaged or incomplete ({error})</source>
        <translation>它不是 zip 文件，或已损坏、不完整（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read ({error})</source>
        <translation>无法读取该文件（{error}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name!r} is larger than declared</source>
        <translation>{name!r} 比声明的大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name!r} is damaged ({error})</source>
        <translation>{name!r} 已损坏（{error}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {name!r} has {problem}</source>
        <translation>包内文件 {name!r} 含有{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} has a name zipfile would alter</source>
        <translation>包内文件 {name!r} 的名称会被 zipfile 改动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is a symbolic link</source>
        <translation>包内文件 {name!r} 是符号链接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} is a folder entry (a pack lists files only)</source>
        <translation>包内文件 {name!r} 是文件夹条目（项目包只列出文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} is a special file (device, pipe or socket)</source>
        <translation>包内文件 {name!r} 是特殊文件（设备、管道或套接字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is encrypted</source>
        <translation>包内文件 {name!r} 已加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {name!r} uses an unsupported compression method</source>
        <translation>包内文件 {name!r} 使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} unpacks to {size}; the limit per file is {limit}</source>
        <translation>包内文件 {name!r} 解压后有 {size}；单个文件上限为 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} unpacks to {size}; a file in {folder}/ may be at most {limit}</source>
        <translation>包内文件 {name!r} 解压后有 {size}；{folder}/ 中的文件最多 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} expands {ratio:.0f} times when unpacked (the limit is {limit:.0f}); it looks like a zip bomb</source>
        <translation>包内文件 {name!r} 解压后膨胀 {ratio:.0f} 倍（上限为 {limit:.0f}）；看起来像 zip 炸弹</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>its manifest has no valid {key!r}</source>
        <translation>它的清单中没有有效的 {key!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its manifest.json is not valid JSON</source>
        <translation>它的 manifest.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json is not a JSON object</source>
        <translation>它的 manifest.json 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest says format {found!r}, not {expected!r}</source>
        <translation>它的清单写着格式 {found!r}，而不是 {expected!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was made by a newer Cutie (pack format {format_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>它是由更新版本的 Cutie 制作的（包格式 {format_version}；本版本最多读取到 {supported}）。请更新 Cutie 后再导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made by a newer Cutie (project schema {schema_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>它是由更新版本的 Cutie 制作的（项目结构 {schema_version}；本版本最多读取到 {supported}）。请更新 Cutie 后再导入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest has no valid &apos;files&apos; list</source>
        <translation>它的清单中没有有效的 &apos;files&apos; 列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest has an invalid entry in &apos;files&apos; (number {index})</source>
        <translation>它的清单在 &apos;files&apos; 中有一个无效条目（第 {index} 个）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>member {name!r} appears more than once</source>
        <translation>包内文件 {name!r} 出现了不止一次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no manifest.json (it is not a Cutie pack, or it is damaged)</source>
        <translation>它没有 manifest.json（它不是 Cutie 项目包，或已损坏）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json is {size}, far larger than any project&apos;s</source>
        <translation>它的 manifest.json 有 {size}，远大于任何项目的清单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists too many files ({count}; the limit is {limit})</source>
        <translation>它的清单列出的文件太多（{count} 个；上限为 {limit}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it unpacks to {size}; the limit is {limit}</source>
        <translation>它解压后有 {size}；上限为 {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its members overlap (a known zip bomb technique)</source>
        <translation>它的包内文件互相重叠（一种已知的 zip 炸弹手法）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {path!r} twice</source>
        <translation>它的清单两次列出了 {path!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {missing!r}, but the pack does not contain it</source>
        <translation>它的清单列出了 {missing!r}，但包中没有这个文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains {extra!r}, which its manifest does not list</source>
        <translation>它包含 {extra!r}，但清单中没有列出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no project database ({database})</source>
        <translation>它没有项目数据库（{database}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {path!r} is {file_size} bytes, but its manifest says {size}</source>
        <translation>包内文件 {path!r} 有 {file_size} 字节，但清单中写的是 {size}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name!r} cannot be a project folder name ({problem}); choose another</source>
        <translation>{name!r} 不能作为项目文件夹名（{problem}）；请换一个</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>a project named {name!r} already exists in {folder}</source>
        <translation>{folder} 中已经有名为 {name!r} 的项目</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>it needs {size} but only {free} is free in {folder}</source>
        <translation>它需要 {size}，但 {folder} 只剩 {free} 可用空间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the project folder could not be created ({error})</source>
        <translation>无法创建项目文件夹（{error}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {path!r} points outside the project</source>
        <translation>包内文件 {path!r} 指向项目之外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>member {path!r} holds more data than its declared size</source>
        <translation>包内文件 {path!r} 的数据比声明的大小多</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged ({error})</source>
        <translation>包内文件 {path!r} 已损坏（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path!r} could not be extracted ({error})</source>
        <translation>无法解压 {path!r}（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is shorter than its manifest says</source>
        <translation>包内文件 {path!r} 比清单中写的短</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged (its SHA-256 does not match the manifest)</source>
        <translation>包内文件 {path!r} 已损坏（其 SHA-256 与清单不符）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it unpacks to more than {size}</source>
        <translation>它解压后超过 {size}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its project database is not an SQLite database</source>
        <translation>它的项目数据库不是 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its project database is damaged ({error})</source>
        <translation>它的项目数据库已损坏（{error}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is damaged (integrity check: {check})</source>
        <translation>它的项目数据库已损坏（完整性检查：{check}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project.cutie is an SQLite database, but not one Cutie made</source>
        <translation>它的 project.cutie 是 SQLite 数据库，但不是 Cutie 创建的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its project database has schema version {version}, but its manifest says {schema_version}</source>
        <translation>它的项目数据库结构版本为 {version}，但清单中写的是 {schema_version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its project database is not laid out as Cutie&apos;s: {first} (differences: {count})</source>
        <translation>它的项目数据库结构与 Cutie 的不同：{first}（共 {count} 处不同）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is not laid out as Cutie&apos;s: {first}</source>
        <translation>它的项目数据库结构与 Cutie 的不同：{first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its project database names files it may not: {first} (entries: {count})</source>
        <translation>它的项目数据库指向了不允许的文件：{first}（共 {count} 条）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its project database names files it may not: {first}</source>
        <translation>它的项目数据库指向了不允许的文件：{first}</translation>
    </message>
</context>
<context>
    <name>core.projects</name>
    <message>
        <location filename="../../cutie_app/core/services/projects.py" line="+291"/>
        <source>That folder already exists</source>
        <extracomment>How many of the newest images are scored after a batch. The notes Cutie itself writes into the ledger, keyed by their English words as stored.</extracomment>
        <translation>该文件夹已经存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is already there; Save As makes a new project folder.</source>
        <translation>{target} 已经存在；“项目另存为”会新建一个项目文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new name.</source>
        <translation>请换一个新名字。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/project_paths.py" line="+96"/>
        <source>That folder is not a Cutie project</source>
        <translation>该文件夹不是 Cutie 项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no {project_file} in it.</source>
        <translation>{path} 中没有 {project_file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack; New Project starts one.</source>
        <translation>请打开项目文件夹、其中的 project.cutie 文件或 .cutiepack；“新建项目”可以新建一个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutie cannot open that file</source>
        <translation>Cutie 无法打开该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is neither a project (project.cutie) nor a packed project (.cutiepack).</source>
        <translation>{name} 既不是项目（project.cutie），也不是打包的项目（.cutiepack）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack.</source>
        <translation>请打开项目文件夹、其中的 project.cutie 文件或 .cutiepack。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is there</source>
        <translation>那里什么也没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist (moved, renamed or on a drive that is not connected?).</source>
        <translation>{path} 不存在（被移动、改名，或在未连接的驱动器上？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and try again.</source>
        <translation>请检查路径后再试。</translation>
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../cutie_app/core/model/records.py" line="+253"/>
        <source>Images recovered that were saved just before Cutie stopped: {count}</source>
        <extracomment>Delivered and billed, but the image could not be saved (`LedgerEntry.detail` says why). The call reached Google but its answer never (fully) arrived: &quot;outcome unknown, may be billed&quot;. What became of its location and camera data on import; None: not known (imported before). Why, for an UNSAVED call (&quot;The disk is full. ...&quot;); empty otherwise. &quot;generated&quot;, &quot;conversation&quot; or &quot;adjusted&quot; (where the image came from); None: any. How the gallery groups what it lists (`core.services.stacks`); the store ignores it.</extracomment>
        <translation>恢复了 Cutie 停止前刚保存的图像：{count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files missing (their entries are kept): {count}</source>
        <translation>缺失的文件（其条目保留）：{count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to recover.</source>
        <translation>没有需要恢复的内容。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/conversations.py" line="+60"/>
        <location line="+4"/>
        <source>Cannot open this conversation</source>
        <translation>无法打开这段对话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved data is damaged.</source>
        <translation>它保存的数据已损坏。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/db.py" line="+139"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not save to the project, because there is no space left on its disk.</source>
        <translation>Cutie 无法保存到项目中，因为它所在的磁盘没有剩余空间了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space, then try again. Nothing saved before was damaged.</source>
        <translation>请腾出一些磁盘空间后再试。之前保存的内容都没有损坏。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The project is busy</source>
        <extracomment>How long a statement waits for another process&apos;s lock before giving up. Below this much free space, an I/O failure is taken for what it almost surely is: a full disk.</extracomment>
        <translation>项目正忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program (or another Cutie window) is writing to this project.</source>
        <translation>另一个程序（或另一个 Cutie 窗口）正在写入这个项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the other window and try again.</source>
        <translation>请关闭另一个窗口后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is read-only</source>
        <translation>项目是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to this project folder.</source>
        <translation>Cutie 无法写入这个项目文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the folder&apos;s permissions, or copy the project somewhere writable.</source>
        <translation>请检查文件夹的权限，或把项目复制到可写入的位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project refused this change</source>
        <translation>项目拒绝了这项更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It would break the project&apos;s links.</source>
        <translation>它会破坏项目中的关联。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+59"/>
        <source>The project database is damaged</source>
        <translation>项目数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read {name}.</source>
        <translation>Cutie 无法读取 {name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+2"/>
        <source>Restore the project folder from a backup; the images in it are plain files.</source>
        <translation>请从备份恢复项目文件夹；其中的图像都是普通文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read or write the project</source>
        <translation>无法读写项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk or the file system reported an error.</source>
        <translation>磁盘或文件系统报告了错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk (and, for a network folder, the connection), then try again.</source>
        <translation>请检查磁盘（如果是网络文件夹，也请检查连接），然后再试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project database failed</source>
        <translation>项目数据库出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database operation did not complete.</source>
        <translation>一项数据库操作没有完成。</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+17"/>
        <source>The project is closed</source>
        <translation>项目已关闭</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It was closed before this change was saved.</source>
        <translation>在这项更改保存之前，项目就已经关闭了。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/files.py" line="+130"/>
        <source>Cannot save the image</source>
        <translation>无法保存图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}/ holds a different file named like it.</source>
        <translation>{name}/ 中有一个同名但内容不同的文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save to the project</source>
        <translation>无法保存到项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not write to {where}.</source>
        <translation>Cutie 无法写入 {where}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space and the folder&apos;s permissions.</source>
        <translation>请检查剩余磁盘空间和文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/images.py" line="+101"/>
        <source>No thumbnail for this image yet</source>
        <extracomment>An adjusted version: `add_derived` leaves the batch empty and its recipe names the adjustments (the batch is tested first, so generated rows are never parsed). Where an image came from, as a condition on its row: the model (a generation), a conversation&apos;s turn, or a local adjustment.</extracomment>
        <translation>这张图像还没有缩略图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project is open read-only, so Cutie does not write thumbnails into it.</source>
        <translation>项目是以只读方式打开的，所以 Cutie 不会往里面写缩略图。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/references.py" line="+194"/>
        <source>The image file is missing</source>
        <translation>图像文件不见了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cutie_app/core/store/references.py" line="+1"/>
        <source>{folder}/{file} could not be read.</source>
        <translation>无法读取 {folder}/{file}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show this image</source>
        <translation>无法显示这张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be decoded.</source>
        <translation>无法解码 {file}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/layout.py" line="+59"/>
        <source>it is not text ({type})</source>
        <extracomment>The largest .cube file Cutie reads (the LUT parser&apos;s own ceiling). A look file embeds the LUTs it uses (base64), so it may be a few LUTs large. Built under this name and renamed into place, so a crash never leaves half a project.cutie. Files an OS drops into folders; they don&apos;t make a folder &quot;not empty&quot;.</extracomment>
        <translation>它不是文本（{type}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty or a &apos;.&apos;/&apos;..&apos; name</source>
        <translation>它是空名称，或是 &apos;.&apos;/&apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a NUL character</source>
        <translation>它含有 NUL 字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an absolute path</source>
        <translation>它是绝对路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>它含有路径分隔符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names a drive or an alternate data stream</source>
        <translation>它指向驱动器或备用数据流</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not 64 hex digits</source>
        <translation>它不是 64 位十六进制数字</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the image&apos;s SHA-256 is not 64 hex digits</source>
        <translation>图像的 SHA-256 不是 64 位十六进制数字</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a symbolic link to {target}</source>
        <translation>它是指向 {target} 的符号链接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This project names a file outside its folder</source>
        <translation>此项目指向了其文件夹之外的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry for {sub}/ names {name!r}, and {problem}. Cutie did not read, send, export or delete it.</source>
        <translation>{sub}/ 的一个条目指向 {name!r}，而{problem}。Cutie 没有读取、发送、导出或删除它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project database was changed by something other than Cutie; restore it from a backup.</source>
        <translation>项目数据库被 Cutie 以外的东西改动过；请从备份恢复它。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/ledger.py" line="+52"/>
        <source>The call reached Google but its answer never arrived (cut off, closed or timed out): it may have been billed.</source>
        <extracomment>The ledger outcome of a variant&apos;s call; a variant of any other status never reached the service.</extracomment>
        <translation>请求已到达 Google，但回答始终没有到达（被中断、关闭或超时）：它可能已被计费。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/lock.py" line="+167"/>
        <source>The project folder is read-only</source>
        <extracomment>How often a holder rewrites its record&apos;s `refreshed_at`. A record from another host older than this is a crashed holder&apos;s (OS locks did not tell). A held lock is tried this many times, a moment apart: its holder may just be closing. OS errors that mean &quot;this file system has no working locks&quot;, not &quot;someone holds it&quot;. Windows locks bytes, and a locked byte cannot be read by others: lock one far past the record. The process&apos;s start time in clock ticks since boot (Linux), &quot;&quot; where unknown.</extracomment>
        <translation>项目文件夹是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to {folder}, so it cannot change this project.</source>
        <translation>Cutie 无法写入 {folder}，所以无法更改这个项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at, check or export it, or copy it somewhere writable.</source>
        <translation>可以用只读方式打开它来查看、检查或导出，或者把它复制到可写入的位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Cannot lock the project</source>
        <translation>无法锁定项目</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cutie could not create {lock_file} in {folder}.</source>
        <translation>Cutie 无法在 {folder} 中创建 {lock_file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Check the folder&apos;s permissions and the free disk space.</source>
        <translation>请检查文件夹的权限和剩余磁盘空间。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cutie could not write {lock_file} in {parent}.</source>
        <translation>Cutie 无法在 {parent} 中写入 {lock_file}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This project is open in another Cutie process</source>
        <translation>这个项目已在另一个 Cutie 进程中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Only one Cutie can change a project at a time.</source>
        <translation>同一时间只能有一个 Cutie 修改项目。</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+15"/>
        <source>Close it there first, or open the project read-only to check, export or compare it.</source>
        <translation>请先在那里关闭它，或以只读方式打开项目来检查、导出或比较。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>It is open in this very Cutie: close it there before opening it again.</source>
        <translation>它就在这个 Cutie 中打开着：请先在那里关闭，再重新打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open in Cutie (process {pid} on {host})</source>
        <translation>这个项目已在 Cutie 中打开（{host} 上的进程 {pid}）</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="-271"/>
        <source>This LUT is too large</source>
        <translation>这个 LUT 太大了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is {size:.1f} MiB; Cutie reads .cube files up to {limit} MiB.</source>
        <translation>它有 {size:.1f} MiB；Cutie 读取的 .cube 文件最大为 {limit} MiB。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+68"/>
        <source>Cannot save the look</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>It uses the LUT “{name}”, which is not in this project.</source>
        <translation>它用到了 LUT “{name}”，但这个 LUT 不在本项目中。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>looks/ holds too many files named like it.</source>
        <translation>looks/ 中与它名字相近的文件太多了。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/migrations.py" line="+262"/>
        <source>This project needs a newer Cutie</source>
        <extracomment>&apos;CUTE&apos; in ASCII: `PRAGMA application_id` of every Cutie project database. Every step, oldest first; versions run 1..SCHEMA_VERSION without gaps (a test checks it). The schema version this Cutie writes. The pack importer compares against it.</extracomment>
        <translation>这个项目需要更新版本的 Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was saved by a newer version of Cutie (project format {version}; this version reads up to {supported}). It was not changed.</source>
        <translation>它是由更新版本的 Cutie 保存的（项目格式 {version}；本版本最多读取到 {supported}）。项目没有被改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to open it.</source>
        <translation>请更新 Cutie 后再打开它。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/opening.py" line="-25"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Not a Cutie project</source>
        <extracomment>Files that may be in a folder a new project goes into (with the -journal of CREATING_FILE).</extracomment>
        <translation>不是 Cutie 项目</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{name} is not a project file; a project&apos;s file is called {project_file}.</source>
        <translation>{name} 不是项目文件；项目文件名为 {project_file}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and try again.</source>
        <translation>请检查路径后再试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no {project_file} file.</source>
        <translation>{name} 中没有 {project_file} 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a project folder, or create a new project.</source>
        <translation>请选择一个项目文件夹，或新建一个项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{project_file} is empty.</source>
        <translation>{project_file} 是空的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{project_file} in {name} is a database, but not one Cutie made.</source>
        <translation>{name} 中的 {project_file} 是数据库，但不是 Cutie 创建的。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../../cutie_app/core/store/project.py" line="+205"/>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a project here</source>
        <translation>这里已经有一个项目了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds a Cutie project.</source>
        <translation>{name} 中已经有一个 Cutie 项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it instead, or pick an empty folder.</source>
        <translation>请直接打开它，或选择一个空文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder is not empty</source>
        <translation>文件夹不是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds other files, and a project needs a folder of its own.</source>
        <translation>{name} 中已经有其他文件，而一个项目需要单独的文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an empty folder, or type a new folder name.</source>
        <translation>请选择一个空文件夹，或输入新的文件夹名。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cutie could not write to {folder}.</source>
        <translation>Cutie 无法写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/project.py" line="+27"/>
        <location line="+6"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read or clean up {path}.</source>
        <translation>Cutie 无法读取或清理 {path}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This project must be updated before it can be opened read-only</source>
        <translation>这个项目需要先更新，才能以只读方式打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was saved by an older Cutie (project format {version}; this version uses {current}), and a read-only open changes nothing.</source>
        <translation>它是由较旧的 Cutie 保存的（项目格式 {version}；本版本使用 {current}），而只读打开不会做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it once normally, when no other Cutie has it open.</source>
        <translation>请在没有其他 Cutie 打开它时，正常打开一次。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This project is open read-only</source>
        <translation>这个项目以只读方式打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie opened it only to look at it, so it cannot change it.</source>
        <translation>Cutie 打开它只是为了查看，所以无法更改它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it normally (close any other Cutie that has it open first).</source>
        <translation>请正常打开它（先关闭其他打开了它的 Cutie）。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/recovery.py" line="+193"/>
        <source>Cutie stopped before the image was saved; the call was recovered from its recipe.</source>
        <extracomment>The ledger&apos;s `detail` for a billed call whose save a crash interrupted before its image landed.</extracomment>
        <translation>图像保存之前 Cutie 就停止了；这次调用已根据其配方恢复。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{lost} of its {count} images never landed.</source>
        <translation>它的 {count} 张图像中有 {lost} 张没能保存下来。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/references.py" line="+24"/>
        <source>A reference image is missing</source>
        <translation>一张参考图不见了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder}/{file} (slot {position}) could not be read.</source>
        <translation>无法读取 {folder}/{file}（参考图栏第 {position} 格）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/scores.py" line="+185"/>
        <source>Remove the slot or put the file back.</source>
        <translation>请移除这一格参考图，或把文件放回去。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/rows.py" line="+169"/>
        <location filename="../../cutie_app/core/store/trash.py" line="+145"/>
        <source>No image #{id} in this project</source>
        <extracomment>What a sidecar may restore on recovery; the file itself tells the rest (name, hash, type, size).</extracomment>
        <translation>此项目中没有图像 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scene #{id} in this project</source>
        <translation>此项目中没有场景 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversation #{id} in this project</source>
        <translation>此项目中没有对话 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reference slot #{id} in this project</source>
        <translation>此项目的参考图栏中没有 #{id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It may have been removed.</source>
        <translation>它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/scores.py" line="-13"/>
        <source>The anchor image</source>
        <extracomment>References that show the character, so a variant is expected to look like them. Style, palette, background and prop references are not: they would only drag every score down.</extracomment>
        <translation>锚图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference image {number}</source>
        <translation>参考图 {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} is missing</source>
        <translation>{what}不见了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be read, so consistency scores cannot be computed.</source>
        <translation>无法读取 {path}，所以无法计算一致性分数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be read</source>
        <translation>{what}无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged, so consistency scores cannot be computed.</source>
        <translation>{path} 已损坏，所以无法计算一致性分数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the reference image.</source>
        <translation>请替换这张参考图。</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/trash.py" line="-91"/>
        <source>Its images were moved to the trash.</source>
        <extracomment>The project&apos;s own trash, for callers without a system trash (the CLI, tests). The `detail` of a ledger row whose images were all moved to the trash.</extracomment>
        <translation>它的图像已移到回收站。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot write to {folder}/: {error}</source>
        <translation>无法写入 {folder}/：{error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move {file} to the trash: {reason}</source>
        <translation>无法把 {file} 移到回收站：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not move {file} to the trash</source>
        <translation>无法把 {file} 移到回收站</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is no longer in the trash</source>
        <translation>{file} 已不在回收站中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder}/ holds a different file named {file}</source>
        <translation>{folder}/ 中有另一个名为 {file} 的不同文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not put {file} back: {error}</source>
        <translation>无法把 {file} 放回去：{error}</translation>
    </message>
</context>
<context>
    <name>core.system</name>
    <message>
        <location filename="../../cutie_app/core/system/secrets.py" line="+49"/>
        <source>No system keyring is available (on Linux, install and unlock GNOME Keyring or KWallet). Cutie never stores the key in a file; set the GEMINI_API_KEY environment variable instead.</source>
        <translation>没有可用的系统密钥环（在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet）。Cutie 绝不会把密钥存进文件；你也可以改为设置环境变量 GEMINI_API_KEY。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
</context>
</TS>
