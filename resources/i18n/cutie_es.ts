<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+137"/>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
</context>
<context>
    <name>AdjustEntry</name>
    <message>
        <location line="+27"/>
        <source>&amp;Adjust…</source>
        <translation>&amp;Ajustar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact local adjustments: brightness, colour, LUTs, looks (no AI)</source>
        <translation>Ajustes locales exactos: brillo, color, LUT, preajustes (sin IA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image</source>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Measuring the change and pricing the requests…</source>
        <translation>Midiendo el cambio y calculando el precio de las peticiones…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send %d request(s) to %s, about $%.2f?</source>
        <translation>¿Enviar %d petición(es) a %s, por unos $%.2f?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured change: %s.</source>
        <translation>Cambio medido: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version was made with local steps, which repeat it exactly and for free; Cutie also makes those versions, to compare side by side.</source>
        <translation>Esta versión se hizo con pasos locales, que la repiten exactamente y gratis; Cutie también crea esas versiones para compararlas lado a lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model</source>
        <translation>Repetir con el modelo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking the model…</source>
        <translation>Preguntando al modelo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%d variant(s) made</source>
        <translation>%d variante(s) creada(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d exact local version(s)</source>
        <translation>%d versión(es) local(es) exacta(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>AdjustPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+243"/>
        <source>Before / after</source>
        <extracomment>Copied steps, shared by every pane of the app (like a clipboard).</extracomment>
        <translation>Antes / después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>Arrastra el divisor: antes a la izquierda, después a la derecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+221"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment steps, applied top to bottom</source>
        <translation>Pasos de ajuste, aplicados de arriba abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied top to bottom. Drag to reorder; untick to mute.</source>
        <translation>Se aplican de arriba abajo. Arrastra para reordenar; desmarca para desactivar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT file (.cube)…</source>
        <translation>Archivo LUT (.cube)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>Igualar los colores del ancla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looks</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved looks</source>
        <translation>Preajustes guardados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look amount</source>
        <translation>Intensidad del preajuste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as look…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep a new look</source>
        <translation>Dónde guardar un preajuste nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this project</source>
        <translation>en este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for all projects</source>
        <translation>para todos los proyectos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other images</source>
        <translation>Otras imágenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy…</source>
        <translation>Copiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste here</source>
        <translation>Pegar aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted steps:</source>
        <translation>Pasos pegados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How pasted steps meet existing ones</source>
        <translation>Cómo se combinan los pasos pegados con los que ya hay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the same kind</source>
        <translation>sustituyen a los del mismo tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go after the others</source>
        <translation>van después de los demás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace every step</source>
        <translation>sustituyen todos los pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste onto selection</source>
        <translation>Pegar en la selección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected…</source>
        <translation>Sincronizar con la selección…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat with the model…</source>
        <translation>Repetir con el modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For changes the steps can&apos;t make: ask the image model to repeat what this version changed (measured against its source) on each other selected image. Billed.</source>
        <translation>Para cambios que los pasos no pueden hacer: pide al modelo de imagen que repita lo que cambió esta versión (medido frente a su origen) en cada una de las otras imágenes seleccionadas. Se cobra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants per image</source>
        <translation>Variantes por imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> each</source>
        <translation> cada una</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply as new version</source>
        <translation>Aplicar como versión nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the full-size image with these steps as a new version; the source stays</source>
        <translation>Renderizar la imagen a tamaño completo con estos pasos como versión nueva; el original se conserva</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Image #%d</source>
        <translation>Imagen n.º %d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d other selected image(s) in the gallery.</source>
        <translation>%d imagen(es) más seleccionada(s) en la galería.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select more images in the gallery to paste or sync onto them.</source>
        <translation>Selecciona más imágenes en la galería para pegar o sincronizar en ellas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the suggested steps</source>
        <translation>Añadir los pasos sugeridos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image #%d · %d×%d · preview %d×%d</source>
        <translation>Imagen n.º %d · %d×%d · vista previa %d×%d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An adjusted version: its steps apply to the original, image #%d.</source>
        <translation>Una versión ajustada: sus pasos se aplican al original, la imagen n.º %d.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unmute %s</source>
        <translation>Activar %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute %s</source>
        <translation>Desactivar %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Reorder steps</source>
        <translation>Reordenar pasos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %s</source>
        <translation>Cambiar %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %s</source>
        <translation>Añadir %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %s</source>
        <translation>Quitar %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset %s</source>
        <translation>Restablecer %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset all steps</source>
        <translation>Restablecer todos los pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a LUT</source>
        <translation>Añadir un LUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>LUT Cube (*.cube);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rendering the full-size image…</source>
        <translation>Renderizando la imagen a tamaño completo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was not saved.</source>
        <translation>La imagen no se guardó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as image #%d, a new version of image #%d.</source>
        <translation>Guardada como imagen n.º %d, una versión nueva de la imagen n.º %d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d · %d×%d</source>
        <translation>Imagen n.º %d · %d×%d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use look %s</source>
        <translation>Usar el preajuste %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as look</source>
        <translation>Guardar como preajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the look:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %d step(s).</source>
        <translation>%d paso(s) copiado(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy adjustments</source>
        <translation>Copiar ajustes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste steps</source>
        <translation>Pegar pasos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pasting onto %d image(s)…</source>
        <translation>Pegando en %d imagen(es)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing %d image(s)…</source>
        <translation>Sincronizando %d imagen(es)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync to selected</source>
        <translation>Sincronizar con la selección</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling: images being written are finished, the rest skipped…</source>
        <translation>Cancelando: las imágenes que se están escribiendo se terminan y el resto se omite…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%d new version(s) saved</source>
        <translation>%d versión(es) nueva(s) guardada(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d cancelled</source>
        <translation>%d cancelada(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d failed: %s</source>
        <translation>%d fallida(s): %s</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved look “%s”.</source>
        <translation>Preajuste «%s» guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted look “%s”.</source>
        <translation>Preajuste «%s» eliminado.</translation>
    </message>
</context>
<context>
    <name>AdjustSteps</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+49"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation</source>
        <translation>Saturación</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+244"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>Matiz</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT</source>
        <translation>LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match anchor colours</source>
        <translation>Igualar los colores del ancla</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="+208"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="-17"/>
        <source>Grain</source>
        <translation>Grano</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-268"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+7"/>
        <source>Exposure (stops)</source>
        <translation>Exposición (pasos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Brightness factor</source>
        <translation>Factor de brillo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Contrast factor</source>
        <translation>Factor de contraste</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Saturation factor</source>
        <translation>Factor de saturación</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+3"/>
        <source>Levels strength</source>
        <translation>Intensidad de los niveles</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Curve strength</source>
        <translation>Intensidad de la curva</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>LUT strength</source>
        <translation>Intensidad de la LUT</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+1"/>
        <source>Colour match strength</source>
        <translation>Intensidad del ajuste de color</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+2"/>
        <source>Grain amount</source>
        <extracomment>Seeds are stored in JSON; keep them exact in every JSON reader (53 bits).</extracomment>
        <translation>Cantidad de grano</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+79"/>
        <location line="+5"/>
        <source>Amount</source>
        <extracomment>The slider&apos;s range per kind (the number box allows the step&apos;s whole range). Steps the Add menu makes directly (a LUT and a colour match need a file or the anchor).</extracomment>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a step to change its amount.</source>
        <translation>Selecciona un paso para cambiar su intensidad.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Black point</source>
        <translation>Punto negro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White point</source>
        <translation>Punto blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midtones</source>
        <translation>Medios tonos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Midpoint</source>
        <translation>Punto medio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same grain on every run.</source>
        <translation>La misma semilla da el mismo grano cada vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1</source>
        <translation>Puntos x,y entre 0 y 1, separados por espacios, p. ej. 0,0 0.5,0.6 1,1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the LUT file kept in the project.</source>
        <translation>Usa el archivo LUT guardado en el proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours measured from the anchor when the step was added.</source>
        <translation>Colores medidos en el ancla al añadir el paso.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write points as x,y pairs.</source>
        <translation>Escribe los puntos como pares x,y.</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+367"/>
        <source>Before / after</source>
        <translation>Antes / después</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>Cortinilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>Diferencia, realzada ×%.1f · cambio medio %.1f</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This image cannot be shown: %s</source>
        <translation>No se puede mostrar esta imagen: %s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-336"/>
        <location line="+1"/>
        <source>Previous branch (Alt+Left)</source>
        <translation>Rama anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next branch (Alt+Right)</source>
        <translation>Rama siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch %d of %d</source>
        <translation>Rama %d de %d</translation>
    </message>
</context>
<context>
    <name>CharacterEditing</name>
    <message>
        <location filename="../../cutie_app/ui/window/editing.py" line="+65"/>
        <source>Edit character</source>
        <translation>Editar personaje</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No saved versions yet</source>
        <translation>Aún no hay versiones guardadas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore character version</source>
        <translation>Restaurar versión del personaje</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the anchor</source>
        <translation>el ancla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a reference</source>
        <translation>una referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #%d is now %s</source>
        <translation>La imagen n.º %d ahora es %s</translation>
    </message>
</context>
<context>
    <name>Comparator</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+343"/>
        <source>Compare images</source>
        <translation>Comparar imágenes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the comparison (Esc)</source>
        <translation>Salir de la comparación (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anchor and one candidate side by side (C)</source>
        <translation>El ancla y una candidata lado a lado (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up to eight images in a grid (N)</source>
        <translation>Hasta ocho imágenes en cuadrícula (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe</source>
        <translation>Cortinilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A and B in one view with a draggable divider (W)</source>
        <translation>A y B en una vista con un divisor que se arrastra (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where A and B differ, brightened (D)</source>
        <translation>Donde A y B difieren, resaltado (D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+736"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>Fit whole images (Z toggles)</source>
        <translation>Ver las imágenes enteras (Z alterna)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One image pixel per screen pixel (Z toggles)</source>
        <translation>Un píxel de imagen por píxel de pantalla (Z alterna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loupe</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 100 % magnifier under the cursor (hold L or the middle button)</source>
        <translation>Una lupa al 100 % bajo el cursor (mantén L o el botón central)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-sync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line panes up again after Shift+wheel or Shift+drag (S)</source>
        <translation>Volver a alinear los paneles tras Mayús+rueda o Mayús+arrastrar (S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Auto-advance</source>
        <translation>Avanzar solo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a flag or rating, move to the next candidate</source>
        <translation>Tras marcar o puntuar, pasar a la siguiente candidata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set as anchor</source>
        <translation>Usar como ancla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selected image the anchor</source>
        <translation>Hacer de la imagen seleccionada el ancla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>Añadir a referencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected image to the reference slots</source>
        <translation>Añadir la imagen seleccionada a las referencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the recipe panel (I)</source>
        <translation>Mostrar u ocultar el panel de receta (I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in conversation</source>
        <translation>Editar en conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation that edits the selected image</source>
        <translation>Empezar una conversación que edite la imagen seleccionada</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>←/→ step · P pick · X reject · U unflag · 0–5 stars · Z fit/100 % · L loupe · Shift+wheel one pane · S re-sync · Esc back</source>
        <translation>←/→ avanzar · P elegir · X descartar · U sin marca · 0–5 estrellas · Z ajustar/100 % · L lupa · Mayús+rueda un panel · S resincronizar · Esc volver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+485"/>
        <source>The file {name} is missing.</source>
        <translation>Falta el archivo {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can&apos;t be read: the file is damaged or not an image.</source>
        <translation>No se puede leer {name}: el archivo está dañado o no es una imagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is too large to show.</source>
        <translation>Esta imagen es demasiado grande para mostrarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image could not be shown ({kind}).</source>
        <translation>No se pudo mostrar esta imagen ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the difference…</source>
        <translation>Calculando la diferencia…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · píxeles idénticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · no difference at screen size (the sizes differ)</source>
        <translation>|A − B| · sin diferencia a tamaño de pantalla (los tamaños difieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · realzado ×{gain} · mayor diferencia {peak}/255 · media {mean}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured at screen size (the sizes differ)</source>
        <translation>medido a tamaño de pantalla (los tamaños difieren)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom {p} %</source>
        <translation>Zoom {p} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No images to compare</source>
        <translation>No hay imágenes que comparar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate {n} of {total}</source>
        <translation>Candidata {n} de {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images</source>
        <translation>{count} imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {shown}; ←/→ scroll</source>
        <translation>se ven {shown}; ←/→ para desplazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+click picked a second image: recipes compared</source>
        <translation>Ctrl+clic eligió una segunda imagen: recetas comparadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location line="-1047"/>
        <source>Image pane {n}</source>
        <translation>Panel de imagen {n}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>anchor</source>
        <translation>ancla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked</source>
        <translation>elegida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>descartada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 5 stars</source>
        <translation>{n} de 5 estrellas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit {p} %</source>
        <translation>Ajustar {p} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsynced</source>
        <translation>sin sincronizar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Anchor</source>
        <translation>Ancla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+72"/>
        <source>The conversation cannot do that</source>
        <translation>La conversación no puede hacer eso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong in the conversation</source>
        <translation>Algo salió mal en la conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your turns so far are saved; try again.</source>
        <translation>Tus turnos hasta ahora están guardados; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No project is open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project first.</source>
        <translation>Primero abre un proyecto.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+77"/>
        <source>Conversation editing</source>
        <translation>Edición por conversación</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New ▾</source>
        <extracomment>Whether anything listens to `exact_requested` (the window has the adjustment pane).</extracomment>
        <translation>Nueva ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a conversation</source>
        <translation>Empezar una conversación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New conversation from the character</source>
        <translation>Nueva conversación a partir del personaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the anchor in a conversation</source>
        <translation>Editar el ancla en una conversación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this conversation</source>
        <translation>Renombrar esta conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this conversation (its images stay)</source>
        <translation>Eliminar esta conversación (sus imágenes se quedan)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conversations of this project</source>
        <translation>Conversaciones de este proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation&apos;s turns</source>
        <translation>Los turnos de la conversación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restart from this image</source>
        <translation>Empezar de nuevo desde esta imagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing your earlier message: it will be sent as a new branch.</source>
        <translation>Editando tu mensaje anterior: se enviará como una rama nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t edit</source>
        <translation>No editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing the earlier message</source>
        <translation>Dejar de editar el mensaje anterior</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do it exactly, without AI</source>
        <translation>Hacerlo exacto, sin IA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do this tone change exactly with local adjustments, without asking the model</source>
        <translation>Hacer este cambio de tono exacto con ajustes locales, sin preguntar al modelo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep everything else exactly the same</source>
        <translation>Mantener todo lo demás exactamente igual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the reminder: keep everything else exactly the same</source>
        <translation>Añadir el recordatorio: mantener todo lo demás exactamente igual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds “Change only this … Keep everything else exactly the same” to your message</source>
        <translation>Añade «Cambia solo esto… Mantén todo lo demás exactamente igual» a tu mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tries: each is its own request and branch</source>
        <translation>Intentos: cada uno es una petición y una rama propias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ×N: N requests in parallel, each answer its own branch</source>
        <translation>Enviar ×N: N peticiones en paralelo, cada respuesta en su propia rama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the turn in flight (Esc)</source>
        <translation>Detener el turno en curso (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+299"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s · %s · %d turns · $%.2f</source>
        <translation>%s · %s · %d turnos · $%.2f</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename conversation</source>
        <translation>Renombrar la conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete conversation</source>
        <translation>Eliminar la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”? Its images stay in the project.</source>
        <translation>¿Eliminar «%s»? Sus imágenes se quedan en el proyecto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (demo, not billed)</source>
        <translation> (demo, sin cobro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d turns · total $%.2f%s</source>
        <translation>%d turnos · total $%.2f%s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conversation open. Choose one above, start one with New, or right-click an image in the gallery and choose Edit in conversation.</source>
        <translation>No hay ninguna conversación abierta. Elige una arriba, empieza una con Nueva o haz clic derecho en una imagen de la galería y elige Editar en conversación.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Say what to change in image #%d.</source>
        <translation>Di qué cambiar en la imagen n.º %d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to change in the anchor.</source>
        <translation>Di qué cambiar en el ancla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what to draw; the character sheet and references go with it.</source>
        <translation>Describe qué dibujar; la ficha del personaje y las referencias van con ello.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>before #%d</source>
        <translation>antes n.º %d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after #%d</source>
        <translation>después n.º %d</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Say “%s”</source>
        <translation>Decir «%s»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use numbers: %s</source>
        <translation>Con cifras: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%s” with this wording</source>
        <translation>Sustituir «%s» por esta expresión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open image #%d in the adjustment pane with: %s. Nothing is sent to the model.</source>
        <translation>Abrir la imagen n.º %d en el panel de ajustes con: %s. No se envía nada al modelo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An answer was delivered (and billed) but not saved: %s</source>
        <translation>Llegó una respuesta (y se cobró), pero no se guardó: %s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The next turn is too large to send.</source>
        <translation>El siguiente turno es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation is getting large.</source>
        <translation>Esta conversación se está haciendo grande.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/crash_dialog.py" line="+68"/>
        <location line="+1"/>
        <source>Cutie ran into a problem</source>
        <translation>Cutie tuvo un problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Cutie.</source>
        <translation>Algo salió mal dentro de Cutie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cutie hit an error it did not expect.</source>
        <translation>Cutie encontró un error inesperado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie hit an error it did not expect while working in the background.</source>
        <translation>Cutie encontró un error inesperado mientras trabajaba en segundo plano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your project is safe: what was saved is still on disk. You can keep working; if something looks wrong, save what you can and restart Cutie.</source>
        <translation>Tu proyecto está a salvo: lo guardado sigue en el disco. Puedes seguir trabajando; si algo parece raro, guarda lo que puedas y reinicia Cutie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error: {error}</source>
        <translation>El error: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log is kept in {folder}</source>
        <translation>El registro se guarda en {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file is being written.</source>
        <translation>No se está escribiendo ningún registro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more problem(s) happened since; all of them are below and in the log.</source>
        <translation>
            <numerusform>Ocurrió %n problema más desde entonces; todos están abajo y en el registro.</numerusform>
            <numerusform>Ocurrieron %n problemas más desde entonces; todos están abajo y en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {folder}; its path is on the clipboard.</source>
        <translation>No se pudo abrir {folder}; su ruta está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>CullingController</name>
    <message>
        <location filename="../../cutie_app/ui/window/culling.py" line="+174"/>
        <source>The image is in %s</source>
        <extracomment>How many images around the selected one the loupe&apos;s filmstrip holds.</extracomment>
        <translation>La imagen está en %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied image #%d</source>
        <translation>Imagen n.º %d copiada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image #%d&apos;s settings are in the Generate panel</source>
        <translation>Los ajustes de la imagen n.º %d están en el panel Generar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not available now: %s)</source>
        <translation>(ahora no disponible: %s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no recipe</source>
        <translation>Esta imagen no tiene receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image #%d was recovered or imported without one.</source>
        <translation>La imagen n.º %d se recuperó o se importó sin ella.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring consistency…</source>
        <translation>Puntuando la coherencia…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking image #%d against the spec…</source>
        <translation>Comprobando la imagen n.º %d con la ficha…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparing the first %d of %d images: the comparator shows up to %d at once</source>
        <translation>Comparando las primeras %d de %d imágenes: el comparador muestra hasta %d a la vez</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+71"/>
        <source>Difference between image A and image B</source>
        <translation>Diferencia entre la imagen A y la imagen B</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+27"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
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
        <translation>Exportar imágenes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why the export cannot start</source>
        <translation>Por qué no puede empezar la exportación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report</source>
        <translation>Informe de la exportación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the export</source>
        <translation>Empezar la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export after the current image</source>
        <translation>Detener la exportación tras la imagen actual</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %d selected</source>
        <translation>Las %d seleccionadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected image</source>
        <translation>La imagen seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picks</source>
        <translation>Elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at least</source>
        <translation>Puntuadas con al menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum stars</source>
        <translation>Estrellas mínimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> stars</source>
        <translation> estrellas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Include rejected images</source>
        <translation>Incluir imágenes descartadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format and size</source>
        <translation>Formato y tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (lossless)</source>
        <translation>PNG (sin pérdida)</translation>
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
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long edge in pixels</source>
        <translation>Lado largo en píxeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full size</source>
        <translation>Tamaño completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d px</source>
        <translation>%d px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long edge</source>
        <translation>&amp;Lado largo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where and named how</source>
        <translation>Dónde y con qué nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older</source>
        <translation>Car&amp;peta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File name pattern</source>
        <translation>Patrón de nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Names</source>
        <translation>&amp;Nombres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example file name</source>
        <translation>Ejemplo de nombre de archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the files carry</source>
        <translation>Qué llevan los archivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipe (prompt, model, settings), with the rating in an XMP sidecar</source>
        <translation>La receta (prompt, modelo, ajustes), con la puntuación en un archivo XMP adjunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embed the recipe</source>
        <translation>Incrustar la receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client copy: no prompts, tagged as AI-generated</source>
        <translation>Una copia para el cliente: sin prompts, marcada como generada por IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client copy</source>
        <translation>Copia para el cliente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the long edge in pixels, such as 1600, or choose Full size.</source>
        <translation>Escribe el lado largo en píxeles, como 1600, o elige Tamaño completo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For example: %s</source>
        <translation>Por ejemplo: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export images to folder</source>
        <translation>Exportar imágenes a una carpeta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder to export into.</source>
        <translation>Elige una carpeta a la que exportar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The export stopped because of an error in Cutie (%s).</source>
        <translation>La exportación se detuvo por un error de Cutie (%s).</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cutie_app/ui/panes/gallery.py" line="+353"/>
        <source>Filter by scene</source>
        <extracomment>Shown in the middle of an empty list: what to do next, or why nothing matches. The selected tiles changed (read them with `selected_ids`). Actions other panes add to a saved image&apos;s context menu (they read `selected_ids`).</extracomment>
        <translation>Filtrar por escena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All scenes</source>
        <translation>Todas las escenas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by flag</source>
        <translation>Filtrar por marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any flag</source>
        <translation>Marca: todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>Elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or more</source>
        <translation> o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>Filtrar por modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by where images came from</source>
        <translation>Filtrar por el origen de las imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From conversations</source>
        <translation>De conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted versions</source>
        <translation>Versiones ajustadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best rated</source>
        <translation>Mejor puntuadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most consistent</source>
        <translation>Más coherentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by</source>
        <translation>Apilar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks</source>
        <translation>Sin pilas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by batch</source>
        <translation>Apilar por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by scene</source>
        <translation>Apilar por escena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack by: show each batch or scene as one tile, its best image on top. S opens or closes the stack under the cursor.</source>
        <translation>Apilar por: cada lote o escena se muestra como una sola miniatura, con su mejor imagen encima. S expande o contrae la pila bajo el cursor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Generated images</source>
        <translation>Imágenes generadas</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+417"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Compare the selected images</source>
        <translation>Comparar las imágenes seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selection side by side (one image: against the anchor). Key: C</source>
        <translation>Comparar la selección lado a lado (una imagen: con el ancla). Tecla: C</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No images match these filters.</source>
        <translation>Ninguna imagen coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No images yet. Describe a scene and press Generate (Ctrl+Enter).</source>
        <translation>Aún no hay imágenes. Describe una escena y pulsa Generar (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>%d images</source>
        <translation>%d imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacks: %d</source>
        <translation>Pilas: %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d selected</source>
        <translation>%d seleccionadas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set as anchor</source>
        <translation>Usar como ancla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to references</source>
        <translation>Añadir a referencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick (P)</source>
        <translation>Elegir (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Descartar (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag (U)</source>
        <translation>Quitar marca (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Puntuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stars</source>
        <translation>Sin estrellas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again (same recipe, new variants)</source>
        <translation>Otra vez (misma receta, variantes nuevas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary (open its recipe to change one thing)</source>
        <translation>Variar (abrir su receta para cambiar una cosa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check against spec</source>
        <translation>Comprobar con la ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in conversation</source>
        <translation>Editar en conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash (Delete)</source>
        <translation>Mover a la papelera (Supr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stack to Trash (%d images)…</source>
        <translation>Mover la pila a la papelera (%d imágenes)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel this variant</source>
        <translation>Cancelar esta variante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare stack (%d images)</source>
        <translation>Comparar la pila (%d imágenes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collapse stack (S)</source>
        <translation>Contraer la pila (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand stack (S)</source>
        <translation>Expandir la pila (S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set as top of stack</source>
        <translation>Poner encima de la pila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the best image on top</source>
        <translation>Poner la mejor imagen encima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand all stacks</source>
        <translation>Expandir todas las pilas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all stacks</source>
        <translation>Contraer todas las pilas</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+136"/>
        <source>#%d · chat</source>
        <translation>#%d · chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words only</source>
        <translation>Solo texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Not run</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not saved: %s</source>
        <translation>No guardada: %s</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+12"/>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to cancel this variant</source>
        <translation>Clic derecho para cancelar esta variante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Save as… or Try again; the image is kept until you do.</source>
        <translation>Clic derecho → Guardar como… o Intentar de nuevo; la imagen se conserva hasta que lo hagas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click → Retry, or double-click</source>
        <translation>Clic derecho → Reintentar, o doble clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d · %s</source>
        <translation>Imagen n.º %d · %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The character&apos;s anchor reference</source>
        <translation>La referencia ancla del personaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene: %s</source>
        <translation>Escena: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation %s, turn %s</source>
        <translation>Conversación %s, turno %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the image file is missing or cannot be read.</source>
        <translation>Sin vista previa: falta el archivo de imagen o no se puede leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image #%d</source>
        <translation>Imagen n.º %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anchor</source>
        <translation>el ancla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top of a stack of %d images, open</source>
        <translation>encima de una pila de %d imágenes, expandida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top of a stack of %d images, closed</source>
        <translation>encima de una pila de %d imágenes, contraída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a stack of %d images</source>
        <translation>en una pila de %d imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked</source>
        <translation>elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>descartada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d stars</source>
        <translation>%d estrellas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d%% consistent</source>
        <translation>%d%% coherente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stack of %d images of one scene</source>
        <translation>Pila de %d imágenes de una misma escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stack of %d images from one batch</source>
        <translation>Pila de %d imágenes de un mismo lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as its top</source>
        <translation>elegida para ir encima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the best image is on top</source>
        <translation>la mejor imagen va encima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S or a click on the number closes it</source>
        <translation>S o un clic en el número la contrae</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>S o un clic en el número las muestra todas</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>the reason is unknown</source>
        <translation>se desconoce el motivo</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+123"/>
        <source>Nothing to draw yet</source>
        <translation>Aún no hay nada que dibujar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character or write a scene first.</source>
        <translation>Primero describe el personaje o escribe una escena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+57"/>
        <source>Generating %d variants…</source>
        <translation>Generando %d variantes…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>S%d</source>
        <translation>S%d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A reference of that image is gone</source>
        <translation>Falta una referencia de esa imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the reference slots any more: %s.</source>
        <translation>Ya no está en los huecos de referencia: %s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it again, or use Vary to generate with the current references.</source>
        <translation>Vuelve a añadirla o usa Variar para generar con las referencias actuales.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>retry</source>
        <translation>reintento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A delivered image was not saved</source>
        <translation>Una imagen recibida no se guardó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the free disk space and the project folder&apos;s permissions, then right-click the image: Try again, or Save as… into another folder.</source>
        <translation>Comprueba el espacio libre en disco y los permisos de la carpeta del proyecto; luego haz clic derecho en la imagen: Intentar de nuevo, o Guardar como… en otra carpeta.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the image into a folder</source>
        <translation>Guardar la imagen en una carpeta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved into %s</source>
        <translation>Guardada en %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New in Google&apos;s model list</source>
        <translation>Nuevo en la lista de modelos de Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick it under Model to try it; Cutie has not checked its limits or prices yet.</source>
        <translation>Elígelo en Modelo para probarlo; Cutie aún no ha comprobado sus límites ni sus precios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%d of %d variants delivered</source>
        <translation>%d de %d variantes recibidas</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+65"/>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aspect ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Seed (optional)</source>
        <translation>Semilla (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A whole number. Google does not promise a seed repeats an image; if the model refuses it, Cutie sends the request without it, tells you once and hides this field for that model.</source>
        <translation>Un número entero. Google no garantiza que una semilla repita una imagen; si el modelo la rechaza, Cutie envía la petición sin ella, te avisa una vez y oculta este campo para ese modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget cap per batch in US dollars</source>
        <translation>Tope de gasto por lote en dólares</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget cap</source>
        <translation>Sin tope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse to start a batch whose estimated cost is above this amount.</source>
        <translation>No empezar un lote cuyo coste estimado supere esta cantidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+202"/>
        <source>Seed · cap</source>
        <translation>Semilla · tope</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>One scene or a series</source>
        <translation>Una escena o una serie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of variants</source>
        <translation>Número de variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What happens in this picture, e.g. full-body turnaround, waving</source>
        <translation>Qué pasa en esta imagen, p. ej. giro de cuerpo entero, saludando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Retry the failed variants</source>
        <translation>Reintentar las variantes fallidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel generation</source>
        <translation>Cancelar la generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel every running variant (Esc)</source>
        <translation>Cancelar todas las variantes en curso (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate variants</source>
        <translation>Generar variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>Generar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>One scene</source>
        <translation>Una escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The seed must be a whole number, like 42.</source>
        <translation>La semilla debe ser un número entero, como 42.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed must be between %d and %d.</source>
        <translation>La semilla debe estar entre %d y %d.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry %d failed</source>
        <translation>Reintentar %d fallidas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model %s</source>
        <translation>modelo %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Match references / 1:1</source>
        <translation>Como las referencias / 1:1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed (%s)</source>
        <translation>fijo (%s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget cap</source>
        <translation>Tope de gasto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%d × price unknown</source>
        <translation>%d × precio desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo, not billed</source>
        <translation>demo, sin cobro</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+60"/>
        <source>The image could not be saved there</source>
        <translation>No se pudo guardar la imagen ahí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick another folder; the image stays in the gallery until it is saved.</source>
        <translation>Elige otra carpeta; la imagen se queda en la galería hasta que se guarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project is open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie saves every image into a project, so it generates only while one is open.</source>
        <translation>Cutie guarda cada imagen en un proyecto, así que solo genera mientras hay uno abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create a project (File menu), then generate.</source>
        <translation>Abre o crea un proyecto (menú Archivo) y luego genera.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+102"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries. A mnemonic as Chinese and Japanese menus write it, after the text: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projects (new ones start here)</source>
        <translation>Proyectos (los nuevos empiezan aquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images kept when they could not be saved in their project</source>
        <translation>Imágenes guardadas aparte cuando no se pudieron guardar en su proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache (safe to delete)</source>
        <translation>Caché (se puede borrar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>La guía de uso no está instalada en esta copia de Cutie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cutie user guide</source>
        <translation>Guía de uso de Cutie</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>Copiado al portapapeles: las versiones de Cutie, Qt, Python y el SDK de Gemini, y el final del registro de Cutie (nunca contiene claves de API). Pégalo en tu mensaje, junto con lo que hiciste y lo que esperabas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Cutie</source>
        <translation>Acerca de Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie: one character, many images.</source>
        <translation>Cutie: un personaje, muchas imágenes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/histogram_view.py" line="+28"/>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%d visible pixels</source>
        <translation>%d píxeles visibles</translation>
    </message>
</context>
<context>
    <name>ImageDeleting</name>
    <message>
        <location filename="../../cutie_app/ui/window/trash.py" line="+94"/>
        <location line="+7"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Move %n image(s) to the trash?</source>
        <translation>
            <numerusform>¿Mover %n imagen a la papelera?</numerusform>
            <numerusform>¿Mover %n imágenes a la papelera?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You can undo this with Edit › Undo; the files stay in the system trash.</source>
        <translation>Puede deshacerlo con Editar › Deshacer; los archivos quedan en la papelera del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The anchor was made from one of them; it keeps its own copy.</source>
        <translation>El ancla se hizo a partir de una de ellas; conserva su propia copia.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reference slot(s) were made from them and keep their own copies.</source>
        <translation>
            <numerusform>%n referencia se hizo a partir de ellas y conserva su propia copia.</numerusform>
            <numerusform>%n referencias se hicieron a partir de ellas y conservan sus propias copias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n adjusted version(s) stay in the project, no longer linked to them.</source>
        <translation>
            <numerusform>%n versión ajustada queda en el proyecto, ya sin vínculo con ellas.</numerusform>
            <numerusform>%n versiones ajustadas quedan en el proyecto, ya sin vínculo con ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conversation turn(s) made from them stay in the project.</source>
        <translation>
            <numerusform>%n turno de conversación hecho a partir de ellas queda en el proyecto.</numerusform>
            <numerusform>%n turnos de conversación hechos a partir de ellas quedan en el proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Eliminar %n imagen</numerusform>
            <numerusform>Eliminar %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n image(s) to the trash (Edit › Undo puts them back)</source>
        <translation>
            <numerusform>%n imagen movida a la papelera (Editar › Deshacer la devuelve)</numerusform>
            <numerusform>%n imágenes movidas a la papelera (Editar › Deshacer las devuelve)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Some images were not moved to the trash</source>
        <translation>Algunas imágenes no se movieron a la papelera</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Put %n image(s) back from the trash</source>
        <translation>
            <numerusform>%n imagen devuelta desde la papelera</numerusform>
            <numerusform>%n imágenes devueltas desde la papelera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some images could not be put back</source>
        <translation>Algunas imágenes no se pudieron devolver</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../../cutie_app/ui/models/job_queue.py" line="+75"/>
        <source>Check the seed</source>
        <translation>Revisa la semilla</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+43"/>
        <source>Gemini API key</source>
        <extracomment>Wide enough that the keyring advice reads as two or three lines, not a word per line.</extracomment>
        <translation>Clave de la API de Gemini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste your key from Google AI Studio. Cutie stores it in your system keyring (never in a file) and sends it only to Google.</source>
        <translation>Pega tu clave de Google AI Studio. Cutie la guarda en el llavero del sistema (nunca en un archivo) y solo la envía a Google.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the key was not saved</source>
        <translation>Por qué no se guardó la clave</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The keyring refused the key ({error}).</source>
        <translation>El llavero rechazó la clave ({error}).</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../cutie_app/ui/app.py" line="+162"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie no pudo abrir %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+97"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. The window icon&apos;s sizes: resources/app/cutie-&lt;N&gt;.png. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>¿Dónde va el proyecto de %s?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>Desempaquetando %s…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not import %s</source>
        <translation>No se pudo importar %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+140"/>
        <source>Project total</source>
        <extracomment>Readable on the light and the dark theme alike (the text colour is set with it).</extracomment>
        <translation>Total del proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger summary</source>
        <translation>Resumen del gasto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend per scene</source>
        <translation>Gasto por escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+11"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Billed calls</source>
        <translation>Llamadas cobradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By scene</source>
        <translation>Por escena</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing spent yet</source>
        <translation>Aún no hay gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call that reaches Google is listed here with its cost.</source>
        <translation>Aquí aparece cada llamada que llega a Google, con su coste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project total: %s</source>
        <translation>Total del proyecto: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>(demo, sin cobro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d calls</source>
        <translation>%d llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d images</source>
        <translation>%d imágenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d billed without an image</source>
        <translation>%d cobradas sin imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ marks Cutie&apos;s estimate where Google reported no cost</source>
        <translation>≈ marca la estimación de Cutie cuando Google no informó del coste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scene</source>
        <translation>Sin escena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed scene #%d</source>
        <translation>Escena eliminada n.º %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty scene #%d)</source>
        <translation>(escena vacía n.º %d)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%d input, %d output, %d thinking tokens</source>
        <translation>%d tokens de entrada, %d de salida, %d de razonamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response id: %s</source>
        <translation>Id. de respuesta: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image came back and was billed, but could not be saved: %s</source>
        <translation>La imagen llegó y se cobró, pero no se pudo guardar: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded</source>
        <translation>no se registró el motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer never arrived.</source>
        <translation>La respuesta nunca llegó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s — billed</source>
        <translation>%s — cobrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No image came back, but the call was still billed: Google charges for the input tokens (prompt and reference images) of a request it blocks or answers without an image.</source>
        <translation>No llegó ninguna imagen, pero la llamada se cobró igual: Google cobra los tokens de entrada (prompt e imágenes de referencia) de una petición que bloquea o responde sin imagen.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+63"/>
        <location line="+1"/>
        <source>Loupe</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image, as large as the screen</source>
        <translation>La imagen, tan grande como la pantalla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which image, and the keys</source>
        <translation>Qué imagen es y las teclas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filmstrip</source>
        <translation>Tira de miniaturas</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ siguiente, en el mismo sitio · Z ajustar/100 % · P/X/U · 0-5 estrellas · Esc cierra</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>No se puede mostrar {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+102"/>
        <source>Results and spending</source>
        <translation>Resultados y gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character</source>
        <translation>Personaje</translation>
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
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+32"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/window/menus.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Project &amp;As…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Images…</source>
        <translation>&amp;Exportar imágenes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Project</source>
        <translation>Cerrar &amp;proyecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste Image as Reference</source>
        <translation>&amp;Pegar imagen como referencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character &amp;Versions…</source>
        <translation>&amp;Versiones del personaje…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemini API &amp;key…</source>
        <translation>&amp;Clave de la API de Gemini…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate Variants</source>
        <translation>&amp;Generar variantes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &amp;Series</source>
        <translation>Ejecutar &amp;serie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel All</source>
        <translation>&amp;Cancelar todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score &amp;Consistency of All Images</source>
        <translation>Puntuar la &amp;coherencia de todas las imágenes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparar selección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Loupe (Full Screen)</source>
        <translation>&amp;Lupa (pantalla completa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spending</source>
        <translation>&amp;Gasto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Cutie</source>
        <translation>&amp;Acerca de Cutie</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="-68"/>
        <source>Your message</source>
        <extracomment>Turn images are shown this tall: two turns fit in the pane on a 768-pixel-high screen.</extracomment>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change, e.g. “make her smile”. Ctrl+Enter sends, Up edits your last one.</source>
        <translation>Qué cambiar, p. ej. «que sonría». Ctrl+Intro envía; Arriba edita tu último mensaje.</translation>
    </message>
</context>
<context>
    <name>NoProjectPage</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="+67"/>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;p&gt;Create a project for a new character, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ningún proyecto abierto&lt;/h2&gt;&lt;p&gt;Crea un proyecto para un personaje nuevo o abre uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
<context>
    <name>PairWipe</name>
    <message>
        <location filename="../../cutie_app/ui/compare/comparator.py" line="-17"/>
        <source>Wipe: image A left of the divider, image B right</source>
        <translation>Cortinilla: imagen A a la izquierda del divisor, imagen B a la derecha</translation>
    </message>
</context>
<context>
    <name>PaletteEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+207"/>
        <source>Add colour</source>
        <translation>Añadir color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add palette colour</source>
        <translation>Añadir color a la paleta</translation>
    </message>
</context>
<context>
    <name>PaletteRow</name>
    <message>
        <location line="-65"/>
        <source>Pick colour</source>
        <translation>Elegir color</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hex colour</source>
        <translation>Color hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour name</source>
        <translation>nombre del color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour name</source>
        <translation>Nombre del color</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this colour</source>
        <translation>Quitar este color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove colour</source>
        <translation>Quitar color</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Palette colour</source>
        <translation>Color de la paleta</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save preferences</source>
        <translation>Guardar preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the system keyring…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini API key</source>
        <translation>Clave de la API de Gemini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cutie keeps your key only in the system keyring, never in a file, and sends it only to the Gemini endpoint. Get a key from Google AI Studio.</source>
        <translation>Cutie guarda tu clave solo en el llavero del sistema, nunca en un archivo, y solo la envía al servicio de Gemini. Consigue una clave en Google AI Studio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved key</source>
        <translation>Clave guardada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a new key here</source>
        <translation>Pega aquí una clave nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+232"/>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+229"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key to keyring</source>
        <translation>Guardar la clave en el llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove key from keyring</source>
        <translation>Quitar la clave del llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test key</source>
        <translation>Probar clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the key</source>
        <translation>Probar la clave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Used for new generations unless a project chooses another.</source>
        <translation>Se usa en las generaciones nuevas salvo que un proyecto elija otro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — deprecated</source>
        <translation> — obsoleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — restricted</source>
        <translation> — restringido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — unverified</source>
        <translation> — sin verificar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Parallel requests</source>
        <translation>Peticiones en paralelo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How many images are generated at the same time.</source>
        <translation>Cuántas imágenes se generan a la vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de la petición en segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for one image before giving up. 4K images can take minutes.</source>
        <translation>Cuánto esperar una imagen antes de rendirse. Las imágenes 4K pueden tardar minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget cap in US dollars per batch</source>
        <translation>Tope de gasto por lote en dólares estadounidenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>Sin tope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie asks before starting a batch estimated to cost more than this. Empty: never asks.</source>
        <translation>Cutie pregunta antes de empezar un lote que se estime más caro que esto. Vacío: nunca pregunta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>US$ per batch</source>
        <translation>US$ por lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget cap</source>
        <translation>Tope de gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Remove location and camera data from references</source>
        <translation>Quitar de las referencias los datos de ubicación y cámara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where a photo was taken and with which camera (EXIF, XMP, IPTC) is taken out of reference images before they are sent to Google.</source>
        <translation>Antes de enviar las imágenes de referencia a Google, se les quita dónde se tomó la foto y con qué cámara (EXIF, XMP, IPTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
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
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A new language is used the next time Cutie starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra Cutie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint override</source>
        <translation>Dirección alternativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s default</source>
        <translation>La de Google</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for a proxy or gateway in front of the Gemini API, such as https://gemini.example.com/. Leave empty to talk to Google directly.</source>
        <translation>Solo para un proxy o pasarela delante de la API de Gemini, como https://gemini.example.com/. Déjalo vacío para hablar directamente con Google.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A key is saved: {key}</source>
        <translation>Hay una clave guardada: {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is saved; using {variable} from the environment: {key}</source>
        <translation>No hay clave guardada; se usa {variable} del entorno: {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key is saved.</source>
        <translation>No hay ninguna clave guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a key into the field first.</source>
        <translation>Primero pega una clave en el campo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was accepted, but it offers no image models.</source>
        <translation>La clave se aceptó, pero no ofrece modelos de imagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Key works — %n image model(s) available: {models}</source>
        <translation>
            <numerusform>La clave funciona: %n modelo de imagen disponible: {models}</numerusform>
            <numerusform>La clave funciona: %n modelos de imagen disponibles: {models}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter an http:// or https:// address without a user name, password, query or fragment, or leave it empty.</source>
        <translation>Escribe una dirección http:// o https:// sin usuario, contraseña, consulta ni fragmento, o déjalo vacío.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter an amount in US dollars, such as 5 or 2.50, or leave it empty.</source>
        <translation>Escribe una cantidad en dólares, como 5 o 2.50, o déjalo vacío.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter an amount of 0 or more, or leave it empty.</source>
        <translation>Escribe una cantidad de 0 o más, o déjalo vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low:g} to {high:g}.</source>
        <translation>Escribe un número entre {low:g} y {high:g}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved in the system keyring.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key was removed from the system keyring.</source>
        <translation>La clave se quitó del llavero del sistema.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system keyring could not be read.</source>
        <translation>No se pudo leer el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused the change ({error}).</source>
        <translation>El llavero rechazó el cambio ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key could not be tested because of an error in Cutie ({error}).</source>
        <translation>No se pudo probar la clave por un error de Cutie ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../cutie_app/ui/window/projects.py" line="+63"/>
        <source>Opening %s…</source>
        <translation>Abriendo %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project — choose a folder name</source>
        <translation>Nuevo proyecto: elige un nombre de carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My character</source>
        <translation>Mi personaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Cutie project folder</source>
        <translation>Abrir una carpeta de proyecto de Cutie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the project as a new folder</source>
        <translation>Guardar el proyecto en una carpeta nueva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> copy</source>
        <translation> copia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only: another Cutie is saving into this project.</source>
        <translation>Solo lectura: otro Cutie está guardando en este proyecto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images the other Cutie adds appear here when you come back to this window.</source>
        <translation>Las imágenes que añada el otro Cutie aparecerán aquí cuando vuelvas a esta ventana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project was repaired when it opened</source>
        <translation>El proyecto se reparó al abrirlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %s</source>
        <translation>Abierto %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not opened: %s</source>
        <translation>No se abrió: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No project is open: open or create one (File menu) to generate into it.</source>
        <translation>No hay ningún proyecto abierto: abre o crea uno (menú Archivo) para generar en él.</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../cutie_app/ui/models/project_session.py" line="+77"/>
        <source>Check that the project folder is still there and the disk is not full, then try again.</source>
        <extracomment>Why it opened read-only (another Cutie process is writing it), &quot;&quot; when this window writes. How its gallery was last looked at (stacks, order, thumbnail size).</extracomment>
        <translation>Comprueba que la carpeta del proyecto sigue ahí y que el disco no está lleno, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No project is open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create one first.</source>
        <translation>Abre o crea uno primero.</translation>
    </message>
</context>
<context>
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>Prompt enviado al modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy prompt</source>
        <translation>Copiar el prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composed prompt</source>
        <translation>Prompt compuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prompt builds itself here as you describe the character, add references and write a scene.</source>
        <translation>El prompt se escribe solo aquí mientras describes el personaje, añades referencias y escribes una escena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send my own text instead</source>
        <translation>Enviar mi propio texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use override text</source>
        <translation>Usar texto propio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your exact prompt (the composed text above is kept in the recipe)</source>
        <translation>Tu prompt exacto (el texto compuesto de arriba se guarda en la receta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override prompt</source>
        <translation>Prompt propio</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../cutie_app/ui/i18n.py" line="+67"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <extracomment>The translated languages, each named in its own language (the Preferences list shows these). Every language the window can speak; English is the source text. Qt&apos;s own names for the standard buttons the window uses, as Qt asks for them (the generic theme, and GNOME&apos;s with mnemonics). Marked so that they land in Cutie&apos;s `.ts` files: PySide6 ships no Qt translation for Indonesian, so without these OK, Save and Cancel stayed English there. Qt&apos;s own file is installed after Cutie&apos;s and wins where it exists.</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+76"/>
        <source>location data removed before sending</source>
        <extracomment>What became of a reference&apos;s location and camera data, by the kinds removed or sent: whole phrases, so that each language can word them its own way.</extracomment>
        <translation>datos de ubicación quitados antes del envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data removed before sending</source>
        <translation>datos de cámara quitados antes del envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data removed before sending</source>
        <translation>datos de ubicación y cámara quitados antes del envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>location data sent (removal was off)</source>
        <translation>datos de ubicación enviados (quitarlos estaba desactivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data sent (removal was off)</source>
        <translation>datos de cámara enviados (quitarlos estaba desactivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location and camera data sent (removal was off)</source>
        <translation>datos de ubicación y cámara enviados (quitarlos estaba desactivado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded whether location or camera data was removed</source>
        <translation>no consta si se quitaron los datos de ubicación o cámara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no location or camera data</source>
        <translation>sin datos de ubicación ni de cámara</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the text shown</source>
        <translation>Copiar el texto mostrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the selected image&apos;s recipe as JSON</source>
        <translation>Copiar como JSON la receta de la imagen seleccionada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe details</source>
        <translation>Detalles de la receta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recipe: A vs B</source>
        <translation>Receta: A frente a B</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
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
        <translation>Prompt propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed asked</source>
        <translation>Semilla pedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed sent</source>
        <translation>Semilla enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>Character version</source>
        <translation>Versión del personaje</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Response id</source>
        <translation>Id. de respuesta</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe format</source>
        <translation>Formato de receta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: {role}, location and camera data</source>
        <translation>Referencia: {role}, datos de ubicación y cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: {role}</source>
        <translation>Referencia: {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens: {kind}</source>
        <translation>Tokens: {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recipe recorded for this image (imported, or made outside Cutie).</source>
        <translation>No hay receta para esta imagen (importada o hecha fuera de Cutie).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seed} (asked; the model has no seed)</source>
        <translation>{seed} (pedida; el modelo no admite semilla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one of the two images has a recipe, so there is nothing to compare.</source>
        <translation>Solo una de las dos imágenes tiene receta, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same inputs: model, settings, references and prompt are identical.</source>
        <translation>Mismas entradas: modelo, ajustes, referencias y prompt son idénticos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} input(s) differ</source>
        <translation>{n} entrada(s) distinta(s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also differs (run details): {names}</source>
        <translation>También difiere (detalles de ejecución): {names}</translation>
    </message>
</context>
<context>
    <name>ReferenceSlots</name>
    <message>
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+67"/>
        <source>Front / identity</source>
        <translation>Frente / identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face close-up</source>
        <translation>Primer plano de la cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side view</source>
        <translation>Vista lateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back view</source>
        <translation>Vista trasera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfit</source>
        <translation>Vestuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prop</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor (best result)</source>
        <translation>Ancla (mejor resultado)</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>Imágenes de referencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference budget</source>
        <translation>Cupo de referencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference slots; drop image files here</source>
        <translation>Huecos de referencia; suelta aquí archivos de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a slot, or press Alt+Up/Alt+Down, to change its place</source>
        <translation>Arrastra un hueco, o pulsa Alt+Arriba/Alt+Abajo, para cambiar su posición</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop front, side and back drawings here (files or from a browser), paste, or click Add…</source>
        <translation>Suelta aquí dibujos de frente, lado y espalda (archivos o desde el navegador), pégalos o pulsa Añadir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Add reference images</source>
        <translation>Añadir imágenes de referencia</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Role of the selected reference</source>
        <translation>Función de la referencia seleccionada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character or object</source>
        <translation>Personaje u objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Remove the selected reference</source>
        <translation>Quitar la referencia seleccionada</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;Nothing to add.&lt;/b&gt; The drop held no image, image file or image address.</source>
        <translation>&lt;b&gt;Nada que añadir.&lt;/b&gt; Lo soltado no contenía ninguna imagen, archivo de imagen ni dirección de imagen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set anchor</source>
        <translation>Usar como ancla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add reference</source>
        <translation>Añadir referencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove reference</source>
        <translation>Quitar referencia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.heic *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.heic *.gif)</translation>
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
        <translation>No se pudo leer %s (%s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not added.&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;No se añadió.&lt;/b&gt; %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder references</source>
        <translation>Reordenar referencias</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste image</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Change reference role</source>
        <translation>Cambiar la función de la referencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change reference kind</source>
        <translation>Cambiar el tipo de referencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From generated image #%d</source>
        <translation>De la imagen generada n.º %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character</source>
        <translation>personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%.1f MB</source>
        <translation>%.1f MB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objects</source>
        <translation>objetos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over this model&apos;s limit</source>
        <translation>supera el límite de este modelo</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../cutie_app/ui/panes/series_panel.py" line="+137"/>
        <source>Scenes in the series</source>
        <extracomment>The outfit a scene asks for, by name; None wears the character&apos;s default (first) outfit.</extracomment>
        <translation>Escenas de la serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press F2 to edit; drag or Alt+Up/Down to reorder; Ctrl+V pastes lines</source>
        <translation>Doble clic o F2 para editar; arrastra o Alt+Arriba/Abajo para reordenar; Ctrl+V pega líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenes, one image set each:</source>
        <translation>&amp;Escenas, un grupo de imágenes cada una:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a scene</source>
        <translation>Añadir una escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected scenes</source>
        <translation>Quitar las escenas seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the scene up (Alt+Up)</source>
        <translation>Subir la escena (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down (Alt+Down)</source>
        <translation>Bajar la escena (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines</source>
        <translation>Pegar líneas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add one scene per line of the clipboard text</source>
        <translation>Añadir una escena por cada línea del texto del portapapeles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outfit for the selected scenes</source>
        <translation>Vestuario de las escenas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the character&apos;s outfits the selected scenes are drawn in</source>
        <translation>Con qué vestuario del personaje se dibujan las escenas seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outfit:</source>
        <translation>Ves&amp;tuario:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Variants per scene</source>
        <translation>Variantes por escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants per scene:</source>
        <translation>&amp;Variantes por escena:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated cost of the series</source>
        <translation>Coste estimado de la serie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the series cannot run</source>
        <translation>Por qué no se puede ejecutar la serie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress</source>
        <translation>Progreso de la serie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series progress and spend</source>
        <translation>Progreso y gasto de la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the series</source>
        <translation>Cancelar la serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run series</source>
        <translation>Ejecutar serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the series</source>
        <translation>Ejecutar la serie</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Default (%s)</source>
        <translation>Predeterminado (%s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default outfit</source>
        <translation>Vestuario predeterminado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%s (not in the spec)</source>
        <translation>%s (no está en la ficha)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%d / %d images · $%.2f so far</source>
        <translation>%d / %d imágenes · $%.2f hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(demo, not billed)</source>
        <translation>(demo, sin cobro)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 scene</source>
        <translation>1 escena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d scenes</source>
        <translation>%d escenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 variant</source>
        <translation>1 variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d variants</source>
        <translation>%d variantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s × %s × price unknown</source>
        <translation>%s × %s × precio desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo, not billed</source>
        <translation>demo, sin cobro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one scene (or paste a list, one scene per line) to run a series.</source>
        <translation>Añade al menos una escena (o pega una lista, una escena por línea) para ejecutar una serie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene %d is empty; Run series skips it.</source>
        <translation>La escena %d está vacía; Ejecutar serie la omite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenes %s are empty; Run series skips them.</source>
        <translation>Las escenas %s están vacías; Ejecutar serie las omite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate every scene, %s each</source>
        <translation>Generar todas las escenas, %s cada una</translation>
    </message>
</context>
<context>
    <name>SpecCheckDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_check_view.py" line="+38"/>
        <source>Check against spec — %s</source>
        <translation>Comprobar con la ficha — %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checked image</source>
        <translation>La imagen comprobada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%d match · %d mismatch · %d unclear&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%d coinciden · %d no coinciden · %d dudosos&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trait checklist</source>
        <translation>Lista de rasgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trait</source>
        <translation>Rasgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unclear</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered by %s%s. A model&apos;s opinion to guide your eye, not a measurement.</source>
        <translation>Respondido por %s%s. La opinión de un modelo para guiar tu vista, no una medida.</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-342"/>
        <source>e.g. Little Orange</source>
        <extracomment>One-paragraph fields that wrap rather than scroll sideways (an art style is often a sentence). The two kinds of field editor, both with a placeholder.</extracomment>
        <translation>p. ej. Naranjita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. flat illustration, clean outlines, no gradients</source>
        <translation>p. ej. ilustración plana, contornos limpios, sin degradados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. about 7 years old</source>
        <translation>p. ej. unos 7 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. girl</source>
        <translation>p. ej. niña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, nose, cheeks, mouth…</source>
        <translation>forma, nariz, mejillas, boca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape, colour, highlights, lashes…</source>
        <translation>forma, color, brillos, pestañas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour, length, style, ties…</source>
        <translation>color, largo, peinado, coleteros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tone and undertone</source>
        <translation>tono y subtono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build, height in heads, proportions</source>
        <translation>complexión, altura en cabezas, proporciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, Name: description (e.g. Everyday: orange pinafore)</source>
        <translation>Uno por línea, Nombre: descripción (p. ej. Diario: pichi naranja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Birthmarks, scars, a missing tooth… one per line</source>
        <translation>Lunares, cicatrices, un diente que falta… uno por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traits that must appear in every image, one per line</source>
        <translation>Rasgos que deben aparecer en todas las imágenes, uno por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to avoid, one per line</source>
        <translation>Cosas que evitar, una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (not sent to the model)</source>
        <translation>Notas privadas (no se envían al modelo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <extracomment>The core&apos;s field labels (`FIELD_LABELS`), marked here so that the translation tools find them; a test checks that this list and the core&apos;s stay the same.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art style</source>
        <translation>Estilo artístico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender presentation</source>
        <translation>Presentación de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair</source>
        <translation>Pelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outfits</source>
        <translation>Vestuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accesorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinguishing marks</source>
        <translation>Rasgos distintivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style keywords</source>
        <translation>Palabras clave de estilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SpecHistoryDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+81"/>
        <location line="+1"/>
        <source>Character spec history</source>
        <extracomment>(removed, added) word styles per palette: red strike-through and green, readable on either.</extracomment>
        <translation>Historial de la ficha del personaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version to look at</source>
        <translation>Versión que ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to compare with</source>
        <translation>Versión con la que comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Differences between the versions</source>
        <translation>Diferencias entre las versiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} — {when}</source>
        <translation>Versión {number} — {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This character has no saved versions yet.</source>
        <translation>Este personaje aún no tiene versiones guardadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore version {number}</source>
        <translation>Restaurar la versión {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version {number} could not be read: {error}</source>
        <translation>No se pudo leer la versión {number}: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the current version.</source>
        <translation>Esta es la versión actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../cutie_app/ui/window/status.py" line="+49"/>
        <source>Demo server — no key needed</source>
        <translation>Servidor de demostración: no hace falta clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: in keyring</source>
        <translation>Clave: en el llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key: from the environment (%s)</source>
        <translation>Clave: del entorno (%s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where Cutie found your Gemini API key</source>
        <translation>Dónde encontró Cutie tu clave de la API de Gemini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project spend: $%.2f</source>
        <translation>Gasto del proyecto: $%.2f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this session $%.2f)</source>
        <translation>(esta sesión $%.2f)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo, not billed</source>
        <translation>demo, sin cobro</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="-744"/>
        <source>Which steps?</source>
        <extracomment>Errors a worker may raise that are the user&apos;s to read, not a bug.</extracomment>
        <translation>¿Qué pasos?</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+321"/>
        <source>Anchor</source>
        <extracomment>The thumbnail-size slider&apos;s range (the decoded thumbnails are 256 px, so never blurry).</extracomment>
        <translation>Ancla</translation>
    </message>
</context>
<context>
    <name>TurnCard</name>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+134"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this message (sends a new branch)</source>
        <translation>Editar este mensaje (envía una rama nueva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this message and send it as a new branch; nothing is overwritten</source>
        <translation>Cambia este mensaje y envíalo como rama nueva; no se sobrescribe nada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$%.3f (demo, not billed)</source>
        <translation>$%.3f (demo, sin cobro)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%.3f</source>
        <translation>$%.3f</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image of this turn; click to continue from it</source>
        <translation>Imagen de este turno; haz clic para seguir desde ella</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consistency %d %%</source>
        <translation>Coherencia %d %%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %d %% like the first image</source>
        <translation> · %d %% parecida a la primera imagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this turn again</source>
        <translation>Volver a enviar este turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue from here</source>
        <translation>Seguir desde aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next message edits this answer</source>
        <translation>Tu próximo mensaje edita esta respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before/after</source>
        <translation>Antes/después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image against the one it edited: side by side, wipe, difference</source>
        <translation>Esta imagen frente a la que editó: lado a lado, cortinilla, diferencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart from this image</source>
        <translation>Empezar de nuevo desde esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh conversation with this image as its starting point</source>
        <translation>Una conversación nueva que parte de esta imagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>delivered · %d image(s)</source>
        <translation>recibido · %d imagen(es)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked: %s</source>
        <translation>bloqueado: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %s</source>
        <translation>falló: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered with text only</source>
        <translation>respondió solo con texto</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../cutie_app/ui/window/pages.py" line="-58"/>
        <source>&lt;h3&gt;Welcome to Cutie&lt;/h3&gt;&lt;p&gt;Describe your character on the left, drop reference drawings in the middle, then generate variants and keep the best.&lt;/p&gt;&lt;p&gt;To generate with Google&apos;s Gemini image models, add your API key. Or try the demo: it draws placeholder images locally, with no key and no cost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Te damos la bienvenida a Cutie&lt;/h3&gt;&lt;p&gt;Describe tu personaje a la izquierda, suelta dibujos de referencia en el centro, genera variantes y quédate con las mejores.&lt;/p&gt;&lt;p&gt;Para generar con los modelos de imagen Gemini de Google, añade tu clave de API. O prueba la demo: dibuja imágenes de muestra en tu equipo, sin clave y sin coste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Add your Gemini API key</source>
        <translation>Añade tu clave de la API de Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
</context>
<context>
    <name>core.adjust</name>
    <message>
        <location filename="../../cutie_app/core/formats/look_file.py" line="+79"/>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+79"/>
        <source>The look uses the LUT “{name}”, which is not available.</source>
        <extracomment>The key and version that mark a look file. Longest LUT name kept from a file.</extracomment>
        <translation>El preajuste usa el LUT “{name}”, que no está disponible.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is {size} bytes; a look file may be at most {limit}</source>
        <translation>ocupa {size} bytes; un archivo de preajuste puede tener como máximo {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a look file (not a JSON object)</source>
        <translation>no es un archivo de preajuste (no es un objeto JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was saved by a newer version of Cutie</source>
        <translation>lo guardó una versión más reciente de Cutie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its &apos;luts&apos; is not an object</source>
        <translation>su &apos;luts&apos; no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its embedded LUT {sha!r} is not filed under a SHA-256</source>
        <translation>su LUT incrustado {sha!r} no está archivado bajo un SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its embedded LUT {sha} is not valid base64</source>
        <translation>su LUT incrustado {sha} no es base64 válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its embedded LUT {sha} does not match its hash</source>
        <translation>su LUT incrustado {sha} no coincide con su hash</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/adjust.py" line="+161"/>
        <location line="+6"/>
        <source>{name} has too many pixels to adjust safely.</source>
        <extracomment>Formats written as they came; anything else (GIF, BMP, ...) is written as PNG. Quality for lossy outputs (JPEG, WebP): visually lossless for a graded illustration. Rows per band for vignette and grain: bounds their float temporaries (~12 MB at 4096 px). White-balance gain at a warmth or tint of ±1, in stops, applied in linear light. Grain&apos;s standard deviation at amount 1, in 8-bit levels.</extracomment>
        <translation>{name} tiene demasiados píxeles para ajustarla con seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an image Cutie can read, or the file is damaged.</source>
        <translation>{name} no es una imagen que Cutie pueda leer, o el archivo está dañado.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} has 32-bit pixel values, which Cutie can&apos;t adjust.</source>
        <translation>{name} tiene valores de píxel de 32 bits, que Cutie no puede ajustar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>converted from 16-bit to 8-bit</source>
        <translation>convertida de 16 a 8 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from {mode} to RGB</source>
        <translation>convertida de {mode} a RGB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} uses pixel mode {mode}, which Cutie can&apos;t adjust.</source>
        <translation>{name} usa el modo de píxel {mode}, que Cutie no puede ajustar.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The adjustments use {name} (SHA-256 {sha256}…), but its .cube file is not available.</source>
        <translation>Los ajustes usan {name} (SHA-256 {sha256}…), pero su archivo .cube no está disponible.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/colour_match.py" line="+76"/>
        <source>The image is fully transparent, so it has no colours to match.</source>
        <extracomment>Longest side of the copy that statistics are measured on. Pixels less opaque than this (0-255) are not part of the picture. The per-channel scale is kept within [1 / MAX_SCALE, MAX_SCALE]. Side of the table the transform is baked into.</extracomment>
        <translation>La imagen es totalmente transparente, así que no tiene colores que igualar.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/effect.py" line="+89"/>
        <source>Brightness unchanged</source>
        <extracomment>Both pictures are measured at most this large (the figures are averages; size adds nothing). Ratios within this of 1 read as &quot;unchanged&quot;; Lab shifts within `SHIFT_STEADY` as &quot;no shift&quot;.</extracomment>
        <translation>Brillo sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness about {percent:.0f} % of the original</source>
        <translation>Brillo en torno al {percent:.0f} % del original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrast unchanged</source>
        <translation>contraste sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contrast about {percent:.0f} % of the original</source>
        <translation>contraste en torno al {percent:.0f} % del original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour saturation unchanged</source>
        <translation>saturación sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour saturation about {percent:.0f} % of the original</source>
        <translation>saturación en torno al {percent:.0f} % del original</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warmer (CIELAB b* {value:+.0f})</source>
        <translation>más cálidos (CIELAB b* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooler (CIELAB b* {value:+.0f})</source>
        <translation>más fríos (CIELAB b* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more magenta (CIELAB a* {value:+.0f})</source>
        <translation>más magenta (CIELAB a* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greener (CIELAB a* {value:+.0f})</source>
        <translation>más verdes (CIELAB a* {value:+.0f})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {first} and {second}</source>
        <translation>colores {first} y {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colours {shift}</source>
        <translation>colores {shift}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour balance unchanged</source>
        <translation>equilibrio de color sin cambios</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/lut.py" line="+76"/>
        <source>{name} is {size:.0f} MB, too large to be a .cube file.</source>
        <extracomment>A 65³ table is about 8 MB of text; anything far larger is not a .cube file.</extracomment>
        <translation>{name} ocupa {size:.0f} MB, demasiado para ser un archivo .cube.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a text .cube file (byte {byte} is not UTF-8).</source>
        <translation>{name} no es un archivo .cube de texto (el byte {byte} no es UTF-8).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>table data before LUT_1D_SIZE or LUT_3D_SIZE</source>
        <translation>datos de tabla antes de LUT_1D_SIZE o LUT_3D_SIZE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more entries than the {expected} that the size declares</source>
        <translation>más entradas de las {expected} que declara el tamaño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyword {head} after the table data started</source>
        <translation>la palabra clave {head} aparece después de empezar los datos de la tabla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} appears twice</source>
        <translation>{keyword} aparece dos veces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a file can hold a 1D or a 3D table, not both</source>
        <translation>un archivo puede contener una tabla 1D o 3D, no ambas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyword} needs a whole number, not {rest!r}</source>
        <translation>{keyword} necesita un número entero, no {rest!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{keyword} {size} is out of range (2 to {limit})</source>
        <translation>{keyword} {size} está fuera de rango (de 2 a {limit})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unsupported keyword {head}</source>
        <translation>palabra clave no admitida {head}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, línea {line}: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has no LUT_1D_SIZE or LUT_3D_SIZE line; is it a .cube file?</source>
        <translation>{name} no tiene una línea LUT_1D_SIZE ni LUT_3D_SIZE; ¿es un archivo .cube?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has {found} table entries, but its size declares {expected}.</source>
        <translation>{name} tiene {found} entradas de tabla, pero su tamaño declara {expected}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the {colour} domain is empty (DOMAIN_MIN {domain_min:g} is not below DOMAIN_MAX {domain_max:g}).</source>
        <translation>{name}: el dominio {colour} está vacío (DOMAIN_MIN {domain_min:g} no es menor que DOMAIN_MAX {domain_max:g}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{keyword} needs {count} numbers</source>
        <translation>{keyword} necesita {count} números</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected {count} numbers</source>
        <translation>se esperaban {count} números</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{needs}, found {found} ({text!r})</source>
        <translation>{needs}, hay {found} ({text!r})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{needs}, found {text!r}</source>
        <translation>{needs}, hay {text!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbers must be finite, found {text!r}</source>
        <translation>los números deben ser finitos, hay {text!r}</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/adjustments.py" line="-418"/>
        <source>Curves x</source>
        <extracomment>The version written into serialised stacks and looks; `from_dict` reads this and older.</extracomment>
        <translation>Curva x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curves y</source>
        <translation>Curva y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be a number, not {value!r}.</source>
        <translation>{what} debe ser un número, no {value!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be between {low:g} and {high:g}, not {value!r}.</source>
        <translation>{what} debe estar entre {low:g} y {high:g}, no {value!r}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{step}: &apos;enabled&apos; must be true or false.</source>
        <extracomment>What the amount means, for messages and the pane&apos;s tooltips.</extracomment>
        <translation>{step}: &apos;enabled&apos; debe ser true o false.</translation>
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
        <translation>Niveles {setting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: the white point must be above the black point.</source>
        <translation>Niveles: el punto blanco debe estar por encima del punto negro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Curves: points must be a list of [x, y] pairs.</source>
        <translation>Curvas: los puntos deben ser una lista de pares [x, y].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Curves: {point!r} is not an [x, y] pair.</source>
        <translation>Curvas: {point!r} no es un par [x, y].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves: a curve needs at least two points.</source>
        <translation>Curvas: una curva necesita al menos dos puntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curves: two points have the same x.</source>
        <translation>Curvas: dos puntos tienen la misma x.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Curves: channel must be one of {choices}.</source>
        <translation>Curvas: el canal debe ser uno de {choices}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LUT: {sha256!r} is not the SHA-256 of a .cube file.</source>
        <translation>LUT: {sha256!r} no es el SHA-256 de un archivo .cube.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LUT: the name must be text.</source>
        <translation>LUT: el nombre debe ser texto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour statistics: {name} must be three numbers.</source>
        <translation>Estadística de color: {name} deben ser tres números.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour statistics {setting}</source>
        <translation>Estadística de color {setting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour statistics must be an object with &apos;mean&apos; and &apos;std&apos;.</source>
        <translation>La estadística de color debe ser un objeto con &apos;mean&apos; y &apos;std&apos;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Colour match: anchor_sha256 must be text.</source>
        <translation>Igualar colores: anchor_sha256 debe ser texto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vignette midpoint</source>
        <translation>Punto medio de la viñeta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Grain: the seed must be a whole number from 0 to {limit}.</source>
        <translation>Grano: la semilla debe ser un número entero de 0 a {limit}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An adjustment step must be an object, not {data!r}.</source>
        <translation>Un paso de ajuste debe ser un objeto, no {data!r}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adjustment step has no &apos;kind&apos;.</source>
        <translation>Un paso de ajuste no tiene &apos;kind&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown adjustment {kind!r}: it was probably made by a newer version of Cutie.</source>
        <translation>Ajuste desconocido {kind!r}: probablemente lo creó una versión más reciente de Cutie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{step!r} is not an adjustment step.</source>
        <translation>{step!r} no es un paso de ajuste.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no step {index} in a stack of {count}.</source>
        <translation>No hay paso {index} en una lista de {count}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The amount</source>
        <translation>La intensidad</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An adjustment stack must be an object with a list of steps.</source>
        <translation>Una lista de ajustes debe ser un objeto con una lista de pasos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adjustment stack</source>
        <translation>lista de ajustes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adjustment stack&apos;s &apos;steps&apos; must be a list.</source>
        <translation>Los &apos;steps&apos; de una lista de ajustes deben ser una lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: {error}</source>
        <translation>Paso {number}: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {what} has an unreadable version ({version!r}).</source>
        <translation>Este elemento ({what}) tiene una versión ilegible ({version!r}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {what} was saved by a newer version of Cutie (format {version}); update Cutie to open it.</source>
        <translation>Este elemento ({what}) lo guardó una versión más reciente de Cutie (formato {version}); actualiza Cutie para abrirlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A look needs a name.</source>
        <translation>Un preajuste necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A look&apos;s name can be at most 120 characters long.</source>
        <translation>El nombre de un preajuste puede tener como máximo 120 caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A look&apos;s amount</source>
        <translation>La intensidad del preajuste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A look must be an object with a name and a stack.</source>
        <translation>Un preajuste debe ser un objeto con un nombre y una lista de ajustes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look</source>
        <translation>preajuste</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust.py" line="+143"/>
        <source>{first} and {path} would both be written to {dest}; adjust them separately.</source>
        <extracomment>Never more workers than this by default: each holds a full-size image or two (~250 MB at 4K). How often the waiting thread looks at the cancel signal, in seconds.</extracomment>
        <translation>{first} y {path} se escribirían los dos en {dest}; ajústalos por separado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{dest} is the input itself; choose another output folder.</source>
        <translation>{dest} es la propia entrada; elige otra carpeta de salida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} already exists; nothing was written.</source>
        <translation>{name} ya existe; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These files already exist ({count} in all); nothing was written: {names}.</source>
        <translation>Estos archivos ya existen ({count} en total); no se escribió nada: {names}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+336"/>
        <location line="+156"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>No se puede escribir {path}: {error}.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The worker adjusting this image stopped unexpectedly (out of memory?).</source>
        <extracomment>The batch a job belongs to: set by the pool initializer in a worker process (whose jobs run on its main thread), or around the loop when a batch runs in the caller&apos;s thread.</extracomment>
        <translation>El proceso que ajustaba esta imagen se detuvo inesperadamente (¿falta de memoria?).</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="+137"/>
        <source>The LUT “{name}” is not in this project any more.</source>
        <translation>El LUT “{name}” ya no está en este proyecto.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The project has no anchor image to match; set one first.</source>
        <translation>El proyecto no tiene imagen ancla que igualar; elige una primero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The anchor image can&apos;t be read: {error}.</source>
        <translation>No se puede leer la imagen ancla: {error}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The anchor image</source>
        <translation>La imagen ancla</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../../cutie_app/core/services/adjust_editor.py" line="-30"/>
        <source>{name} can&apos;t be read: {error}.</source>
        <extracomment>Previews are rendered no larger than this on their longest side (a 4K screen&apos;s width). The image the opened one was made from (an edit or an adjusted version), if any.</extracomment>
        <translation>No se puede leer {name}: {error}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} is larger than a look file may be.</source>
        <translation>{path} es más grande de lo que puede ser un archivo de preajuste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a look file Cutie can read: {error}.</source>
        <translation>{path} no es un archivo de preajuste que Cutie pueda leer: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An embedded LUT</source>
        <translation>Un LUT incrustado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the embedded LUT “{name}” is damaged ({error}).</source>
        <translation>{path}: el LUT incrustado “{name}” está dañado ({error}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no look called “{name}”.</source>
        <translation>No hay ningún preajuste llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_ai.py" line="+67"/>
        <source>Image #{id} can&apos;t be read: {error}.</source>
        <extracomment>The scene the made variants are saved under, so the gallery can group them.</extracomment>
        <translation>No se puede leer la imagen n.º {id}: {error}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image #{id} is not a version of another image, so there is no effect to measure. Pick the approved result of an edit.</source>
        <translation>La imagen n.º {id} no es una versión de otra imagen, así que no hay efecto que medir. Elige el resultado aprobado de una edición.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} can&apos;t be sent: {error}.</source>
        <translation>No se puede enviar {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/adjust_project.py" line="+46"/>
        <source>The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12).</source>
        <extracomment>The named selections `select_image_ids` understands (anything else is a list of ids).</extracomment>
        <translation>La selección {selection!r} no es picks, rated, all ni una lista de números de imagen (3,7,12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This project has no image {ids}.</source>
        <translation>Este proyecto no tiene la imagen {ids}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="+222"/>
        <location line="+76"/>
        <location line="+86"/>
        <source>it is larger than a look file may be</source>
        <translation>es más grande de lo que puede ser un archivo de preajuste</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/untrusted.py" line="+145"/>
        <source>it is larger than {limit} MiB</source>
        <extracomment>(table, column, folder) of every column whose value is a file name inside the project.</extracomment>
        <translation>ocupa más de {limit} MiB</translation>
    </message>
</context>
<context>
    <name>core.conversation</name>
    <message>
        <location filename="../../cutie_app/core/model/conversation.py" line="+174"/>
        <source>Only the last exchange of a branch can be removed.</source>
        <extracomment>Project image rows made from this turn (a project conversation; empty in a folder). Consistency of this turn&apos;s image (see `services.conversation.DriftReport.to_dict`). SHA-256 of `content` as stored, so a model turn edited after saving is noticed before its (now invalid) thought signatures are sent; &quot;&quot; for turns saved before it existed.</extracomment>
        <translation>Solo se puede quitar el último intercambio de una rama.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No turn {turn!r} in this conversation.</source>
        <translation>No hay ningún turno {turn!r} en esta conversación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{turn!r} matches several turns; type more of its id.</source>
        <translation>{turn!r} coincide con varios turnos; escribe más de su id.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new message must follow a model turn.</source>
        <translation>Un mensaje nuevo debe seguir a un turno del modelo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This conversation was saved by a newer version of Cutie; update Cutie.</source>
        <translation>Esta conversación la guardó una versión más reciente de Cutie; actualiza Cutie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No conversation in {folder}; start one with --new.</source>
        <translation>No hay ninguna conversación en {folder}; empieza una con --new.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {error}</source>
        <translation>No se puede leer {name}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} está dañado ({error}).</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/turn_limits.py" line="+61"/>
        <source>The next turn sends {images} of at most {max_images} input images and {size:.1f} MB of at most {limit:.0f} MB.</source>
        <extracomment>Warn when the next turn would take the request above this share of a limit.</extracomment>
        <translation>El siguiente turno envía {images} de un máximo de {max_images} imágenes de entrada y {size:.1f} MB de un máximo de {limit:.0f} MB.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/conversation.py" line="+282"/>
        <source>palette further from the spec</source>
        <extracomment>An edit whose consistency score falls this much below its parent&apos;s is pointed out. The label the starting image carries in the first request (and its recipe).</extracomment>
        <translation>la paleta se aleja de la ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shapes and colours further from the anchor</source>
        <translation>las formas y los colores se alejan del ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edit drifted from the character: {why} (consistency {before} % → {after} %).</source>
        <translation>Esta edición se alejó del personaje: {why} (coherencia {before} % → {after} %).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This edit drifted from where the conversation started: it looks less like the first image ({before} % → {after} % similar).</source>
        <translation>Esta edición se alejó del punto de partida de la conversación: se parece menos a la primera imagen ({before} % → {after} % de parecido).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No single conversation {prefix!r} in this project (it has: {ids}).</source>
        <translation>No hay una única conversación {prefix!r} en este proyecto (tiene: {ids}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This project has no anchor yet; set one first.</source>
        <translation>Este proyecto aún no tiene ancla; elige una primero.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That turn has no saved image to restart from; pick a turn with a picture.</source>
        <translation>Ese turno no tiene imagen guardada desde la que empezar de nuevo; elige un turno con imagen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to send</source>
        <translation>No hay nada que enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what to change first.</source>
        <translation>Escribe primero qué quieres cambiar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many or too few tries</source>
        <translation>Demasiados o muy pocos intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send between 1 and {limit} tries at once, not {tries}.</source>
        <translation>Envía entre 1 y {limit} intentos a la vez, no {tries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each try is one request, billed on its own.</source>
        <translation>Cada intento es una petición que se cobra por separado.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only your own messages can be edited.</source>
        <translation>Solo puedes editar tus propios mensajes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a model turn to retry.</source>
        <translation>Elige un turno del modelo para reintentarlo.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This conversation could not be continued: a model turn was changed after it was saved, so its thought signatures would be refused. Branch from an earlier turn, or restart from its image.</source>
        <translation>No se pudo continuar esta conversación: un turno del modelo cambió después de guardarse, así que sus firmas de pensamiento serían rechazadas. Crea una rama desde un turno anterior o empieza de nuevo desde su imagen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This conversation has grown too large</source>
        <translation>Esta conversación ha crecido demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{budget} The model would refuse it.</source>
        <translation>{budget} El modelo la rechazaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart from this image: a fresh conversation with this picture as its starting point.</source>
        <translation>Empieza de nuevo desde esta imagen: una conversación nueva con esta imagen como punto de partida.</translation>
    </message>
</context>
<context>
    <name>core.errors</name>
    <message>
        <location filename="../../cutie_app/core/model/errors.py" line="+18"/>
        <source>Gemini image models have no seed. To keep a character consistent, add reference images (front, side, back), promote your best result to the anchor, and generate several variants to pick from.</source>
        <translation>Los modelos de imagen de Gemini no tienen semilla. Para que el personaje sea coherente, añade imágenes de referencia (frente, perfil, espalda), convierte tu mejor resultado en el ancla y genera varias variantes para elegir.</translation>
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
        <translation>Cutie necesita tu clave de la API de Gemini para generar imágenes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation} {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Gemini API key</source>
        <translation>Falta la clave de la API de Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the key in Preferences (it is stored in your system keyring), or set GEMINI_API_KEY. To try Cutie without a key, use the demo mode (cutie --demo).</source>
        <translation>Añade la clave en Preferencias (se guarda en el llavero del sistema) o define GEMINI_API_KEY. Para probar Cutie sin clave, usa el modo demo (cutie --demo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cancelled this request.</source>
        <translation>Cancelaste esta petición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google may still have made and billed it (outcome unknown).</source>
        <translation>Puede que Google lo haya generado y cobrado de todos modos (resultado desconocido).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{sentence} {billed}</source>
        <translation>{sentence} {billed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer was cut off</source>
        <translation>La respuesta se cortó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google sent an answer, but the connection broke before all of it arrived, even after retrying.</source>
        <translation>Google envió una respuesta, pero la conexión se cortó antes de que llegara completa, incluso tras reintentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If answers keep breaking off, something between you and Google (a proxy, VPN or unstable link) is ending long downloads; a smaller size helps.</source>
        <translation>Inténtalo de nuevo. Si las respuestas siguen cortándose, algo entre tú y Google (un proxy, una VPN o una conexión inestable) está interrumpiendo las descargas largas; un tamaño menor ayuda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Google did not finish the image within {seconds:.0f} seconds. Large (4K) images can take minutes.</source>
        <translation>Google no terminó la imagen en {seconds:.0f} segundos. Las imágenes grandes (4K) pueden tardar minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google did not finish the image. Large (4K) images can take minutes.</source>
        <translation>Google no terminó la imagen. Las imágenes grandes (4K) pueden tardar minutos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request timed out</source>
        <translation>Se agotó el tiempo de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again, pick a smaller size, or raise the timeout in Preferences.</source>
        <translation>Inténtalo de nuevo, elige un tamaño menor o aumenta el tiempo de espera en Preferencias.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection closed before the answer arrived</source>
        <translation>La conexión se cerró antes de que llegara la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request reached Google, but the connection closed before any answer came back.</source>
        <translation>La petición llegó a Google, pero la conexión se cerró antes de recibir ninguna respuesta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again. If it keeps happening, a proxy or VPN may be closing the connection.</source>
        <translation>Inténtalo de nuevo. Si sigue pasando, puede que un proxy o una VPN esté cerrando la conexión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach Google</source>
        <translation>No se puede contactar con Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not connect to the Gemini service. Your project is safe and works offline.</source>
        <translation>Cutie no pudo conectar con el servicio de Gemini. Tu proyecto está a salvo y funciona sin conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your internet connection (and the endpoint in Preferences, if you changed it), then retry.</source>
        <translation>Comprueba tu conexión a internet (y la dirección en Preferencias, si la cambiaste) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This model does not take a seed</source>
        <translation>Este modelo no admite semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model} refused the seed, so Cutie sent the request again without it and will not send a seed to this model again.</source>
        <translation>{model} rechazó la semilla, así que Cutie reenvió la petición sin ella y no volverá a enviar semilla a este modelo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick another model from the list.</source>
        <translation>Elige otro modelo de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}.</source>
        <translation>Cambia a {model}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google shut down {model} on {date}; it no longer answers requests.</source>
        <translation>Google retiró {model} el {date}; ya no responde a peticiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google shut down {model}; it no longer answers requests.</source>
        <translation>Google retiró {model}; ya no responde a peticiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} is shut down</source>
        <translation>{model} ya no está disponible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key was not accepted</source>
        <translation>La clave de la API no fue aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google says this API key is not valid.</source>
        <translation>Google dice que esta clave de la API no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key again from Google AI Studio and save it in Preferences, then use Test key.</source>
        <translation>Copia de nuevo la clave desde Google AI Studio, guárdala en Preferencias y usa Probar clave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request was too large</source>
        <translation>La petición era demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request because it was larger than it accepts (100 MB with every reference image and the conversation so far).</source>
        <translation>Google rechazó la petición porque superaba el tamaño que acepta (100 MB contando todas las imágenes de referencia y la conversación hasta ahora).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove some reference images, or start a new conversation from the latest image.</source>
        <translation>Quita algunas imágenes de referencia o empieza una conversación nueva desde la última imagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google could not read an input image</source>
        <translation>Google no pudo leer una imagen de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the images sent with the request (a reference or an earlier picture) is damaged or of a type the model does not take.</source>
        <translation>Una de las imágenes enviadas con la petición (una referencia o una imagen anterior) está dañada o es de un tipo que el modelo no admite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the reference and add it again (Cutie converts it), or use a PNG or JPEG.</source>
        <translation>Quita la referencia y vuelve a añadirla (Cutie la convierte), o usa un PNG o JPEG.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation could not be continued</source>
        <translation>No se pudo continuar la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google requires the model&apos;s earlier turns to be sent back exactly as they came, and one of them was missing or altered (its thought signature did not match).</source>
        <translation>Google exige que los turnos anteriores del modelo se devuelvan exactamente como llegaron, y uno faltaba o estaba alterado (su firma de pensamiento no coincidía).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new conversation from this image, or branch from an earlier turn.</source>
        <translation>Empieza una conversación nueva desde esta imagen o crea una rama desde un turno anterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image generation is not available in your region</source>
        <translation>La generación de imágenes no está disponible en tu región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer Gemini image generation where this request came from.</source>
        <translation>Google no ofrece la generación de imágenes de Gemini en el lugar desde el que se hizo esta petición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a restriction of Google&apos;s service, not of Cutie or your key.</source>
        <translation>Es una restricción del servicio de Google, no de Cutie ni de tu clave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model not found</source>
        <translation>Modelo no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google does not offer {model} (it may have been renamed or shut down).</source>
        <translation>Google no ofrece {model} (puede que haya cambiado de nombre o se haya retirado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another model from the model list.</source>
        <translation>Elige otro modelo de la lista de modelos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota reached</source>
        <translation>Cuota alcanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google is refusing more requests for now: your project hit its rate limit or spending quota (limits are per Google Cloud project, not per key).</source>
        <translation>Google está rechazando más peticiones por ahora: tu proyecto alcanzó su límite de frecuencia o su cuota de gasto (los límites son por proyecto de Google Cloud, no por clave).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait a minute and retry, lower the number of parallel requests, or check billing in Google AI Studio.</source>
        <translation>Espera un minuto y vuelve a intentarlo, reduce las peticiones en paralelo o revisa la facturación en Google AI Studio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused this key for image generation (no key sent, the key lacks permission, or billing is not enabled; image generation is pay-as-you-go).</source>
        <translation>Google rechazó esta clave para generar imágenes (no se envió ninguna clave, la clave no tiene permiso o la facturación no está activada; la generación de imágenes se paga por uso).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the key and that billing is enabled for its project in Google AI Studio.</source>
        <translation>Comprueba la clave y que la facturación esté activada para su proyecto en Google AI Studio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google&apos;s image service is overloaded</source>
        <translation>El servicio de imágenes de Google está saturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stayed busy after several automatic retries. This happens most with 4K images.</source>
        <translation>El modelo siguió ocupado tras varios reintentos automáticos. Pasa sobre todo con imágenes 4K.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again in a few minutes, or pick a smaller size.</source>
        <translation>Vuelve a intentarlo en unos minutos o elige un tamaño menor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google had an internal error</source>
        <translation>Google tuvo un error interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed while making this image, even after automatic retries.</source>
        <translation>El servicio falló al crear esta imagen, incluso tras los reintentos automáticos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry in a moment. If it keeps happening, copy the details for a bug report.</source>
        <translation>Vuelve a intentarlo en un momento. Si sigue pasando, copia los detalles para un informe de error.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model makes one image per request; Cutie sends one request per variant.</source>
        <translation>Este modelo crea una imagen por petición; Cutie envía una petición por variante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the request as invalid.</source>
        <translation>Google rechazó la petición por no ser válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was refused</source>
        <translation>La petición fue rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the details; if the settings look right, the model may have changed what it accepts.</source>
        <translation>Revisa los detalles; si los ajustes parecen correctos, puede que el modelo haya cambiado lo que acepta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint did not answer like the Gemini API</source>
        <translation>La dirección no respondió como la API de Gemini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered, but it has no Gemini model list.</source>
        <translation>La dirección respondió, pero no tiene una lista de modelos de Gemini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the endpoint override in Preferences, or leave it empty to use Google&apos;s.</source>
        <translation>Revisa la dirección alternativa en Preferencias, o déjala vacía para usar la de Google.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocked by Google&apos;s image safety filter</source>
        <translation>Bloqueada por el filtro de seguridad de imágenes de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was made but withheld because it tripped Google&apos;s safety filter.</source>
        <translation>La imagen se creó, pero Google la retuvo porque activó su filtro de seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked as prohibited content</source>
        <translation>Bloqueada por contenido prohibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image under its prohibited-use policy.</source>
        <translation>Google retuvo la imagen por su política de usos prohibidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked as too close to existing material</source>
        <translation>Bloqueada por parecerse demasiado a material existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image because it resembled protected material too closely.</source>
        <translation>Google retuvo la imagen porque se parecía demasiado a material protegido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image was withheld</source>
        <translation>La imagen fue retenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google withheld the image for an unspecified reason.</source>
        <translation>Google retuvo la imagen por un motivo que no indicó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>No image was made</source>
        <translation>No se creó ninguna imagen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The model was expected to draw an image but did not.</source>
        <translation>Se esperaba que el modelo dibujara una imagen, pero no lo hizo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rephrase the scene (avoid real people, violence or suggestive wording) or change a reference image. Blocked requests may still be billed.</source>
        <translation>Reformula la escena (evita personas reales, violencia o expresiones insinuantes) o cambia una imagen de referencia. Las peticiones bloqueadas pueden cobrarse igualmente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The prompt was blocked</source>
        <translation>El prompt fue bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google refused the request before drawing anything ({reason}).</source>
        <translation>Google rechazó la petición antes de dibujar nada ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again or rephrase the scene.</source>
        <translation>Inténtalo de nuevo o reformula la escena.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocked by Google&apos;s safety filter</source>
        <translation>Bloqueada por el filtro de seguridad de Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google stopped the answer ({reason}).</source>
        <translation>Google detuvo la respuesta ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model answered in words only</source>
        <translation>El modelo respondió solo con texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It replied: &quot;{text}&quot;</source>
        <translation>Respondió: «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the picture explicitly (for example start with &apos;Draw&apos; or &apos;Generate an image of&apos;).</source>
        <translation>Pide la imagen de forma explícita (por ejemplo, empieza con &apos;Draw&apos; o &apos;Generate an image of&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer held neither an image nor an explanation (finish reason {reason}).</source>
        <translation>La respuesta no traía ni imagen ni explicación (motivo de fin {reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer held neither an image nor an explanation.</source>
        <translation>La respuesta no traía ni imagen ni explicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again.</source>
        <translation>Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>core.export</name>
    <message>
        <location filename="../../cutie_app/core/services/export.py" line="+67"/>
        <source>Cannot create the export folder</source>
        <extracomment>Tried after the plain name before giving up on an image (&quot;name-2.png&quot; ... &quot;name-999.png&quot;).</extracomment>
        <translation>No se puede crear la carpeta de exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}.</source>
        <translation>Cutie no pudo crear {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another folder, or check its permissions.</source>
        <translation>Elige otra carpeta o revisa sus permisos.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+146"/>
        <source>Images exported to {folder}: {count}.</source>
        <translation>Imágenes exportadas a {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed so as not to overwrite a different file of the same name: {count}.</source>
        <translation>Renombradas para no sobrescribir otro archivo con el mismo nombre: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+18"/>
        <source>Images NOT exported: {count}.</source>
        <translation>Imágenes NO exportadas: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  #{id} {file}: {problem}</source>
        <translation>  n.º {id} {file}: {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+92"/>
        <source>There is no such image in this project.</source>
        <translation>Esa imagen no existe en este proyecto.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+64"/>
        <source>The image file is missing from the project (images/{file}); restore it from a backup, then export again.</source>
        <translation>Falta el archivo de la imagen en el proyecto (images/{file}); restáuralo desde una copia de seguridad y vuelve a exportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+8"/>
        <source>The image file could not be read: {error}.</source>
        <translation>No se pudo leer el archivo de imagen: {error}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image has no recipe (it was recovered without one).</source>
        <translation>Esta imagen no tiene receta (se recuperó sin ella).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recipe was left out: {error}.</source>
        <translation>La receta se dejó fuera: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../cutie_app/core/services/export_copies.py" line="+44"/>
        <source>Could not write {name}: {error}.</source>
        <translation>No se pudo escribir {name}: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The export folder already holds {count} different files named like {name}.</source>
        <translation>La carpeta de exportación ya contiene {count} archivos distintos con nombres como {name}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/export_copies.py" line="-313"/>
        <source>the project&apos;s name</source>
        <extracomment>The fields a naming pattern may use, and what they stand for.</extracomment>
        <translation>el nombre del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position in this export, 1, 2, 3... (zero-padded)</source>
        <translation>la posición en esta exportación, 1, 2, 3… (con ceros delante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s number in the project</source>
        <translation>el número de la imagen en el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s scene</source>
        <translation>la escena de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stars, 0-5</source>
        <translation>sus estrellas, de 0 a 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was made, 2026-03-01</source>
        <translation>el día en que se hizo, 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its file name in the project, without the extension</source>
        <translation>su nombre de archivo en el proyecto, sin la extensión</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rejected images left out: {count}.</source>
        <translation>Imágenes descartadas que se dejaron fuera: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before the end; the files written so far are kept.</source>
        <translation>Se canceló antes de terminar; los archivos ya escritos se conservan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  #{id}: {problem}</source>
        <translation>  n.º {id}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The naming pattern is empty.</source>
        <translation>El patrón de nombres está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern has an unmatched {open} or {close}.</source>
        <translation>El patrón de nombres tiene una {open} o una {close} sin pareja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The naming pattern uses {field}, which Cutie does not know; use {known}.</source>
        <translation>El patrón de nombres usa {field}, que Cutie no conoce; usa {known}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The naming pattern needs {n}, {id} or {name}, so that every image gets its own name.</source>
        <translation>El patrón de nombres necesita {n}, {id} o {name}, para que cada imagen tenga su propio nombre.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The image could not be converted: {error}.</source>
        <translation>No se pudo convertir la imagen: {error}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The export folder already holds {count} files named like {stem}{suffix}.</source>
        <translation>La carpeta de exportación ya contiene {count} archivos con nombres como {stem}{suffix}.</translation>
    </message>
</context>
<context>
    <name>core.generate</name>
    <message>
        <location filename="../../cutie_app/core/genai/engine.py" line="+548"/>
        <source>No model to check with</source>
        <translation>No hay modelo con el que comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs a Gemini text model, and none is named for it.</source>
        <translation>La comprobación necesita un modelo de texto de Gemini, y no hay ninguno asignado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model for the check, or update Cutie.</source>
        <translation>Elige un modelo para la comprobación o actualiza Cutie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to check</source>
        <translation>No hay imagen que comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check needs one picture (PNG, JPEG or WebP).</source>
        <translation>La comprobación necesita una imagen (PNG, JPEG o WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an image, then check it again.</source>
        <translation>Selecciona una imagen y vuelve a comprobarla.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The check model is not offered</source>
        <translation>El modelo de comprobación ya no se ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer offers {model}, the model Cutie checks images with, and lists no Gemini Flash text model to use instead.</source>
        <translation>Google ya no ofrece {model}, el modelo con el que Cutie comprueba las imágenes, y no lista ningún modelo de texto Gemini Flash que lo sustituya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to get a current check model.</source>
        <translation>Actualiza Cutie para tener un modelo de comprobación actual.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../cutie_app/core/model/validation.py" line="+394"/>
        <source>Reference {number}</source>
        <translation>Referencia {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reference could not be made small enough</source>
        <translation>Una referencia no pudo reducirse lo suficiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove some references so the others can be sent as they are.</source>
        <translation>Quita algunas referencias para que las demás puedan enviarse tal cual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong in Cutie</source>
        <translation>Algo salió mal en Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request failed because of an error in Cutie itself; your project is safe.</source>
        <translation>Esta petición falló por un error del propio Cutie; tu proyecto está a salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please copy the details into a bug report.</source>
        <translation>Copia los detalles en un informe de error.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/consistency.py" line="+200"/>
        <source>{colour!r} is not a hex colour like #FF8C00</source>
        <extracomment>The formula&apos;s version; stored with each score so a changed formula makes old scores stale. Images are analysed at most this many pixels on their longer side. Pixels less opaque than this (0-255) are ignored: they are not part of the picture. Images declaring more pixels than this are refused before decoding (decompression bombs). How many dominant colours an image is summarised by, and how many boxes median cut makes first. A dominant colour covering this share of the visible pixels counts fully as &quot;present&quot;. ΔE00 at or below which a colour matches fully, and at or above which it does not match at all. The difference hash&apos;s grid side (bits per direction: HASH_SIZE²). A grey step smaller than this (0-255) is &quot;flat&quot;, so noise in flat areas doesn&apos;t flip bits. Soft histogram bins along L*, a*, b*, and the ranges they cover. Weights of the documented formula. What transparent areas count as for the grey (structure) summary: white paper.</extracomment>
        <translation>{colour!r} no es un color hexadecimal como #FF8C00</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot score {name}: it is not an image Cutie can read (it may be damaged or incomplete).</source>
        <translation>No se puede puntuar {name}: no es una imagen que Cutie pueda leer (puede estar dañada o incompleta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot score {name}: it declares an enormous picture (more than {limit:,} pixels), so it was not opened.</source>
        <translation>No se puede puntuar {name}: declara una imagen enorme (más de {limit:,} píxeles), así que no se abrió.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The palette is empty, so there is nothing to compare the image with.</source>
        <translation>La paleta está vacía, así que no hay nada con qué comparar la imagen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to compare the image with: set an anchor, add reference images or give the character a palette.</source>
        <translation>No hay nada con qué comparar la imagen: elige un ancla, añade imágenes de referencia o dale una paleta al personaje.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/catalog.py" line="+213"/>
        <source>its own default size</source>
        <extracomment>Text models that can stand in for the check model: &quot;gemini-3-flash&quot;, &quot;gemini-3.6-flash&quot;... How long the API&apos;s model list counts as fresh. Listing is free and Google adds image models every few months, so the window asks again after a day (see `list_is_stale`). Every aspect ratio the API spec knows. The ratios every Gemini image model takes (the extreme 1:4 ... 8:1 came with Nano Banana 2); a model the catalogue has not verified is offered only these, plus any its description names. A display name that says &quot;image model&quot;: &quot;Nano Banana Pro&quot;, &quot;Gemini 3 Pro Image&quot;. A description that says the model makes pictures (not merely that it reads them). A model&apos;s name inside a description: &quot;Gemini 3 Pro Image Preview&quot; (capital I: a name). Seeds travel as int32 on the wire; anything larger is a 400 (TYPE_INT32).</extracomment>
        <translation>su propio tamaño predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by the API but not yet verified by Cutie: limits and prices are unknown.</source>
        <translation>Lo lista la API, pero Cutie aún no lo ha verificado: los límites y precios se desconocen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chosen from Google&apos;s model list because the shipped check model is not offered; prices not verified, so no cost is shown.</source>
        <translation>Elegido de la lista de modelos de Google porque el modelo de comprobación incluido ya no se ofrece; los precios no están verificados, así que no se muestra el coste.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/score.py" line="+47"/>
        <source>A consistency score&apos;s {name} must be a number from 0 to 1, not {value!r}</source>
        <translation>El valor {name} de una puntuación de coherencia debe ser un número de 0 a 1, no {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A consistency score&apos;s version must be a whole number, not {version!r}</source>
        <translation>La versión de una puntuación de coherencia debe ser un número entero, no {version!r}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A consistency score must be a JSON object, not {data!r}</source>
        <translation>Una puntuación de coherencia debe ser un objeto JSON, no {data!r}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A consistency score needs an &apos;overall&apos; value</source>
        <translation>Una puntuación de coherencia necesita un valor &apos;overall&apos;</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/model/spec_check.py" line="+146"/>
        <source>Nothing to check</source>
        <extracomment>The line format of the trait list in the prompt; the demo server parses the same lines.</extracomment>
        <translation>No hay nada que comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character spec has no traits yet (hair, eyes, outfit, palette, ...).</source>
        <translation>La ficha del personaje aún no tiene rasgos (pelo, ojos, ropa, paleta…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the spec, then check the image again.</source>
        <translation>Completa la ficha y vuelve a comprobar la imagen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check came back unreadable</source>
        <translation>La comprobación volvió ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s answer could not be used as a checklist: {detail}</source>
        <translation>La respuesta del modelo no pudo usarse como lista de comprobación: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again; if it keeps happening, try another check model.</source>
        <translation>Vuelve a comprobar; si sigue pasando, prueba otro modelo de comprobación.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it was empty.</source>
        <translation>estaba vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON.</source>
        <translation>no es JSON válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no list of &quot;items&quot;.</source>
        <translation>no tiene una lista &quot;items&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;summary&quot; is not text.</source>
        <translation>su &quot;summary&quot; no es texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an item is not an object.</source>
        <translation>un elemento no es un objeto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item lacks a text &quot;trait&quot; or &quot;verdict&quot;.</source>
        <translation>a un elemento le falta un &quot;trait&quot; o un &quot;verdict&quot; de texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names a trait that was not asked about (&quot;{key}&quot;).</source>
        <translation>nombra un rasgo por el que no se preguntó («{key}»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it judges &quot;{name}&quot; twice.</source>
        <translation>juzga «{name}» dos veces.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it skipped {missing}.</source>
        <translation>se saltó {missing}.</translation>
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
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutie does not know the model {model!r}.</source>
        <translation>Cutie no conoce el modelo {model!r}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one of: {known}. When online, Cutie also offers new image models the API lists.</source>
        <translation>Elige uno de estos: {known}. Con conexión, Cutie también ofrece los modelos de imagen nuevos que lista la API.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} cannot make {ratio} images; it offers {ratios}.</source>
        <translation>{model} no puede crear imágenes {ratio}; ofrece {ratios}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} makes images at a fixed size ({size}); leave the size unset.</source>
        <translation>{model} crea imágenes de tamaño fijo ({size}); deja el tamaño sin elegir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about 1K</source>
        <translation>unos 1K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{model} offers the sizes {sizes}, not {size}.</source>
        <translation>{model} ofrece los tamaños {sizes}, no {size}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A seed must be a whole number from {low} to {high:,}; {seed:,} is not.</source>
        <translation>Una semilla debe ser un número entero de {low} a {high:,}; {seed:,} no lo es.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed not sent</source>
        <translation>Semilla no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not take a seed, so Cutie left it out.</source>
        <translation>{name} no admite semilla, así que Cutie la dejó fuera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This request cannot be sent</source>
        <translation>Esta petición no se puede enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the settings above; nothing was sent and nothing was billed.</source>
        <translation>Cambia los ajustes de arriba; no se envió nada ni se cobró nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} is deprecated</source>
        <translation>{display_name} está obsoleto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google may shut it down soon.</source>
        <translation>Puede que Google lo retire pronto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider {model}.</source>
        <translation>Considera {model}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is restricted</source>
        <translation>{display_name} está restringido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google only serves it to projects that used it before; a new key may be refused.</source>
        <translation>Google solo lo ofrece a proyectos que ya lo usaban; una clave nueva puede ser rechazada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{display_name} is not verified</source>
        <translation>{display_name} no está verificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google lists this model but Cutie has not checked its limits; Google may refuse settings.</source>
        <translation>Google lista este modelo, pero Cutie no ha comprobado sus límites; Google puede rechazar algunos ajustes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This request would be {size:.0f} MB, over Google&apos;s limit of {limit:.0f} MB</source>
        <translation>Esta petición ocuparía {size:.0f} MB, por encima del límite de {limit:.0f} MB de Google</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the largest reference</source>
        <translation>la referencia más grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference</source>
        <translation>la referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all {count} references</source>
        <translation>las {count} referencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {count} largest references</source>
        <translation>las {count} referencias más grandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References made smaller to fit</source>
        <translation>Referencias reducidas para que quepan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{over}, so Cutie sends {which} re-encoded to at most {budget:.1f} MB each. Your reference files are not changed.</source>
        <translation>{over}, así que Cutie envía {which} recodificando cada una a {budget:.1f} MB como máximo. Tus archivos de referencia no cambian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To send them at full size, use fewer references.</source>
        <translation>Para enviarlas a tamaño completo, usa menos referencias.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({size:.1f} MB)</source>
        <translation>{name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference</source>
        <translation>una referencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove at least {remove} of the {count} references (the largest: {named})</source>
        <translation>quita al menos {remove} de las {count} referencias (las más grandes: {named})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a new conversation from the latest image (or branch from an earlier turn) to leave the earlier pictures out</source>
        <translation>empieza una conversación nueva desde la última imagen (o crea una rama desde un turno anterior) para dejar fuera las imágenes anteriores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shorten the prompt</source>
        <translation>acorta el prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{over}. The conversation so far is {history:.0f} MB of earlier pictures. To send it, {todo}.</source>
        <translation>{over}. La conversación hasta ahora ocupa {history:.0f} MB de imágenes anteriores. Para enviarla, {todo}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over}. To send it, {todo}.</source>
        <translation>{over}. Para enviarla, {todo}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{model} accepts at most {limit} input images; this request has {count}. Remove some references (or combine several into one collage).</source>
        <translation>{model} admite como máximo {limit} imágenes de entrada; esta petición tiene {count}. Quita algunas referencias (o combina varias en un collage).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} keeps at most {limit} character images consistent; {count} are marked as character. Mark some as object or remove them.</source>
        <translation>{model} mantiene coherentes como máximo {limit} imágenes de personaje; hay {count} marcadas como personaje. Marca algunas como objeto o quítalas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{model} accepts at most {limit} object images; {count} are marked as object.</source>
        <translation>{model} admite como máximo {limit} imágenes de objeto; hay {count} marcadas como objeto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {type}; the model takes PNG, JPEG, WebP or HEIC.</source>
        <translation>{name} es {type}; el modelo admite PNG, JPEG, WebP o HEIC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is {size:.1f} MB; the limit is {limit:.0f} MB per image. Save it smaller or as JPEG.</source>
        <translation>{name} ocupa {size:.1f} MB; el límite es {limit:.0f} MB por imagen. Guárdala más pequeña o como JPEG.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/generate.py" line="+106"/>
        <source>Too many or too few variants</source>
        <translation>Demasiadas o muy pocas variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch makes between 1 and {limit} variants, not {count}.</source>
        <translation>Un lote crea entre 1 y {limit} variantes, no {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each variant is one request, billed on its own.</source>
        <translation>Cada variante es una petición que se cobra por separado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over your budget cap</source>
        <translation>Supera tu tope de gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This would cost about ${cost:.2f} ({images} images); your cap is ${cap:.2f}.</source>
        <translation>Costaría unos ${cost:.2f} ({images} imágenes); tu tope es ${cap:.2f}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make fewer variants, pick a smaller size, or raise the cap.</source>
        <translation>Haz menos variantes, elige un tamaño menor o sube el tope.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to draw yet</source>
        <translation>Aún no hay nada que dibujar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the character, give a scene or a prompt, or add reference images.</source>
        <translation>Describe el personaje, escribe una escena o un prompt, o añade imágenes de referencia.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>It was never handed over for saving.</source>
        <translation>Nunca se entregó para guardarla.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot create the output folder</source>
        <translation>No se puede crear la carpeta de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not create {folder}: {error}.</source>
        <translation>Cutie no pudo crear {folder}: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick another folder; nothing was sent.</source>
        <translation>Elige otra carpeta; no se envió nada.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/keycheck.py" line="+45"/>
        <source>No key to test</source>
        <extracomment>A key test should answer in seconds; a generation&apos;s 10-minute limit would look like a hang. One retry covers a transient blip; five (the generation default) would keep the user waiting.</extracomment>
        <translation>No hay clave que probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or save an API key first.</source>
        <translation>Escribe o guarda primero una clave de la API.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/saving.py" line="+128"/>
        <source>{reason} A copy was kept in {folder}.</source>
        <extracomment>Delivered (and so billed) but not saved where it belongs; see `reason` and `rescued`. Nothing to save: blocked, failed or cancelled (the ledger still has a billed call).</extracomment>
        <translation>{reason} Se guardó una copia en {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Cutie could not keep a copy anywhere.</source>
        <translation>{reason} Cutie no pudo guardar una copia en ningún sitio.</translation>
    </message>
</context>
<context>
    <name>core.import</name>
    <message>
        <location filename="../../cutie_app/core/imaging/fetch.py" line="+40"/>
        <source>“{name}” is not a web address Cutie can download ({scheme} link).</source>
        <translation>“{name}” no es una dirección web que Cutie pueda descargar (enlace {scheme}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The website refused to send “{name}” (HTTP {code}). Save the image from the browser and drop the file instead.</source>
        <translation>El sitio web se negó a enviar “{name}” (HTTP {code}). Guarda la imagen desde el navegador y suelta el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” could not be downloaded ({reason}). Check the connection, or save the image from the browser and drop the file instead.</source>
        <translation>No se pudo descargar “{name}” ({reason}). Revisa la conexión, o guarda la imagen desde el navegador y suelta el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” is {size:.0f} MB, too large to import. Use an image under {limit} MB.</source>
        <translation>“{name}” ocupa {size:.0f} MB, demasiado para importarla. Usa una imagen de menos de {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/imaging/reference_import.py" line="+140"/>
        <location line="+86"/>
        <source>{name} is {size}, too large to import. {advice}</source>
        <extracomment>Files above this are refused before any decoding (reading them alone would hurt). Formats the models take as they are; anything else is converted. Pillow modes that are plain 8-bit colour or grey, fine to send unchanged. Images at or under this many pixels are stored losslessly (PNG) when converted. EXIF tags that say where a picture was taken, and with which camera (EXIF 2.32 / TIFF 6). The same facts as XMP writes them (exif:, exifEX:, tiff:, aux: and IPTC&apos;s location fields). EXIF orientation -&gt; the transpose that shows the picture upright (as ImageOps.exif_transpose). The private data taken out before sending: &quot;location&quot;, &quot;camera&quot; (see the module docstring). For the recipe: what was removed, and what the bytes still carry (with the setting off).</extracomment>
        <translation>{name} ocupa {size}, demasiado para importarla. {advice}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{name} is empty (0 bytes). Choose the image file itself.</source>
        <translation>{name} está vacía (0 bytes). Elige el propio archivo de imagen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export it at a smaller size (for example as a JPEG) and try again.</source>
        <translation>Expórtala a un tamaño menor (por ejemplo, como JPEG) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a shortcut (symbolic link) to a file that no longer exists. Choose the original image instead.</source>
        <translation>{name} es un acceso directo (enlace simbólico) a un archivo que ya no existe. Elige la imagen original.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>No se encontró {name}. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>{name} could not be read ({error}).</source>
        <translation>No se pudo leer {name} ({error}).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{name} is a folder, not an image. Choose an image file inside it.</source>
        <translation>{name} es una carpeta, no una imagen. Elige un archivo de imagen de dentro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a regular file. Choose an image file.</source>
        <translation>{name} no es un archivo normal. Elige un archivo de imagen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is too large to import. {advice}</source>
        <translation>{name} es demasiado grande para importarla. {advice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: you do not have permission to open it. Copy it somewhere you own, or change its permissions, and try again.</source>
        <translation>No se puede leer {name}: no tienes permiso para abrirla. Cópiala a un lugar tuyo o cambia sus permisos, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} declares an enormous picture (more than {limit:,} pixels), which could exhaust memory, so it was not opened. Export it at a smaller size and try again.</source>
        <translation>{name} declara una imagen enorme (más de {limit:,} píxeles) que podría agotar la memoria, así que no se abrió. Expórtala a un tamaño menor y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not an image Cutie can read. Choose a PNG, JPEG, WebP or HEIC file (GIF, TIFF, BMP and other common formats are converted).</source>
        <translation>{name} no es una imagen que Cutie pueda leer. Elige un archivo PNG, JPEG, WebP o HEIC (GIF, TIFF, BMP y otros formatos comunes se convierten).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is too large to open in the available memory. {advice}</source>
        <translation>{name} es demasiado grande para abrirla con la memoria disponible. {advice}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>removed location data</source>
        <translation>datos de ubicación eliminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed camera data</source>
        <translation>datos de la cámara eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed location and camera data</source>
        <translation>datos de ubicación y de la cámara eliminados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or incomplete (perhaps a download that did not finish), so it cannot be used. Open it in an image viewer to check, or download it again.</source>
        <translation>{name} está dañada o incompleta (quizá una descarga que no terminó), así que no se puede usar. Ábrela en un visor de imágenes para comprobarlo, o vuelve a descargarla.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+73"/>
        <source>converted from {format}</source>
        <translation>convertida desde {format}</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>converted from an unknown format</source>
        <translation>convertida desde un formato desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first page only</source>
        <translation>solo la primera página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first frame of an animation</source>
        <translation>solo el primer fotograma de una animación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rotated as its camera tag says</source>
        <translation>girada según indica su etiqueta de cámara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scaled down from {width}×{height} to {new_width}×{new_height}</source>
        <translation>reducida de {width}×{height} a {new_width}×{new_height}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be made smaller than {size} without ruining it. {advice}</source>
        <translation>{name} no pudo reducirse por debajo de {size} sin estropearla. {advice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>reduced from 16-bit colour</source>
        <translation>reducida desde color de 16 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converted from a palette</source>
        <translation>convertida desde una paleta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>converted from CMYK to sRGB with its colour profile</source>
        <translation>convertida de CMYK a sRGB con su perfil de color</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>converted from CMYK (no colour profile: colours are approximate)</source>
        <translation>convertida desde CMYK (sin perfil de color: los colores son aproximados)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>compressed to fit {size} ({format} quality {quality}, {width}×{height})</source>
        <translation>comprimida para caber en {size} ({format} calidad {quality}, {width}×{height})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>compressed to fit {size} ({format} quality {quality})</source>
        <translation>comprimida para caber en {size} ({format} calidad {quality})</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/character.py" line="+54"/>
        <source>Only one anchor</source>
        <translation>Solo un ancla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} references are marked as the anchor ({anchors}).</source>
        <translation>Hay {count} referencias marcadas como ancla ({anchors}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one anchor and give the others another role, such as identity.</source>
        <translation>Deja un solo ancla y da a las demás otro papel, como Frente / identidad.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reference not found: {path}</source>
        <translation>No se encontró la referencia: {path}</translation>
    </message>
</context>
<context>
    <name>core.pack</name>
    <message>
        <location filename="../../cutie_app/core/store/pack.py" line="+132"/>
        <source>Cannot export {subject}: {reason}. Nothing was written.</source>
        <extracomment>Folders of a project that travel in a pack; everything else (.cache/, -wal/-shm) stays home. Folders whose files lie directly inside them (no subfolders), as their rows name them. Members this small cannot be a meaningful bomb (the byte cap bounds them); a tiny SQLite page of zeros or a JSON sidecar may legitimately compress very well. A manifest entry is a few hundred bytes; this bounds the memory json.loads may take. Already-compressed formats are stored as they are: deflating them only costs time. Folder name the project gets on import (manifest &quot;project_name&quot;, else the pack&apos;s stem).</extracomment>
        <translation>No se puede exportar {subject}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {subject}: {reason}. Nothing was written.</source>
        <translation>No se puede abrir {subject}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import {subject}: {reason}. Nothing was written.</source>
        <translation>No se puede importar {subject}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an empty or &apos;.&apos; path component</source>
        <translation>un componente de ruta vacío o &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &apos;..&apos; component</source>
        <translation>un componente &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>un carácter que Windows no permite (&lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component ending in a dot or space</source>
        <translation>un componente que termina en punto o espacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name Windows reserves for devices</source>
        <translation>un nombre que Windows reserva para dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a component longer than 255 bytes</source>
        <translation>un componente de más de 255 bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty name</source>
        <translation>un nombre vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation>una barra invertida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an absolute path</source>
        <translation>una ruta absoluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter</source>
        <translation>una letra de unidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder inside {folder}/ (its files lie directly in it)</source>
        <translation>una carpeta dentro de {folder}/ (sus archivos van directamente en ella)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a location outside manifest.json, project.cutie, images/, references/, luts/ and looks/</source>
        <translation>una ubicación fuera de manifest.json, project.cutie, images/, references/, luts/ y looks/</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>contiene un separador de ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts with a dot</source>
        <translation>empieza por un punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has {problem}</source>
        <translation>tiene {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first!r} and {second!r} differ only in letter case</source>
        <translation>{first!r} y {second!r} solo se diferencian en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name!r} is both a file and a folder</source>
        <translation>{name!r} es a la vez un archivo y una carpeta</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{project} is not a Cutie project (it has no {database})</source>
        <translation>{project} no es un proyecto de Cutie (no tiene {database})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the destination folder {parent} does not exist</source>
        <translation>la carpeta de destino {parent} no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack cannot be saved inside the project folder; choose another place</source>
        <translation>el paquete no puede guardarse dentro de la carpeta del proyecto; elige otro lugar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project database is {size}, more than the {limit} a pack allows per file</source>
        <translation>la base de datos del proyecto ocupa {size}, más de los {limit} que un paquete permite por archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a file could not be written ({error})</source>
        <translation>no se pudo escribir un archivo ({error})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the project database could not be read ({error})</source>
        <translation>no se pudo leer la base de datos del proyecto ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project database is damaged (integrity check: {check}); a pack made from it could not be imported</source>
        <translation>la base de datos del proyecto está dañada (comprobación de integridad: {check}); un paquete hecho con ella no podría importarse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder}/ is a link; a project keeps its files inside its own folder</source>
        <translation>{folder}/ es un enlace; un proyecto guarda sus archivos dentro de su propia carpeta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file {name!r} has {problem}; rename it and export again</source>
        <translation>el archivo {name!r} tiene {problem}; cámbiale el nombre y vuelve a exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows per file</source>
        <translation>{name!r} ocupa {size}, más de los {limit} que un paquete permite por archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name!r} is {size}, more than the {limit} a pack allows in {folder}/; move it out of the project and export again</source>
        <translation>{name!r} ocupa {size}, más de los {limit} que un paquete permite en {folder}/; sácalo del proyecto y vuelve a exportar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the project has {count} files; a pack holds at most {limit}</source>
        <translation>el proyecto tiene {count} archivos; un paquete admite como máximo {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project is {size}; a pack holds at most {limit}</source>
        <translation>el proyecto ocupa {size}; un paquete admite como máximo {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{clash}; rename one so the pack also imports on Windows and macOS</source>
        <translation>{clash}; cambia el nombre de uno para que el paquete también se importe en Windows y macOS</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name!r} grew past the {size} a pack allows per file</source>
        <translation>{name!r} creció por encima de los {size} que un paquete permite por archivo</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the file cannot be opened ({error})</source>
        <translation>el archivo no se puede abrir ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>it holds too many files ({count}; the limit is {limit})</source>
        <translation>contiene demasiados archivos ({count}; el límite es {limit})</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>it is not a zip file, or it is damaged or incomplete ({error})</source>
        <translation>no es un archivo zip, o está dañado o incompleto ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read ({error})</source>
        <translation>el archivo no se puede leer ({error})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name!r} is larger than declared</source>
        <translation>{name!r} es más grande de lo declarado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name!r} is damaged ({error})</source>
        <translation>{name!r} está dañado ({error})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {name!r} has {problem}</source>
        <translation>el elemento {name!r} tiene {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} has a name zipfile would alter</source>
        <translation>el elemento {name!r} tiene un nombre que zipfile alteraría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is a symbolic link</source>
        <translation>el elemento {name!r} es un enlace simbólico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} is a folder entry (a pack lists files only)</source>
        <translation>el elemento {name!r} es una entrada de carpeta (un paquete solo lista archivos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} is a special file (device, pipe or socket)</source>
        <translation>el elemento {name!r} es un archivo especial (dispositivo, tubería o socket)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {name!r} is encrypted</source>
        <translation>el elemento {name!r} está cifrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {name!r} uses an unsupported compression method</source>
        <translation>el elemento {name!r} usa un método de compresión no admitido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {name!r} unpacks to {size}; the limit per file is {limit}</source>
        <translation>el elemento {name!r} ocupa {size} al descomprimirse; el límite por archivo es {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} unpacks to {size}; a file in {folder}/ may be at most {limit}</source>
        <translation>el elemento {name!r} ocupa {size} al descomprimirse; un archivo en {folder}/ puede tener como máximo {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {name!r} expands {ratio:.0f} times when unpacked (the limit is {limit:.0f}); it looks like a zip bomb</source>
        <translation>el elemento {name!r} se expande {ratio:.0f} veces al descomprimirse (el límite es {limit:.0f}); parece una bomba zip</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>its manifest has no valid {key!r}</source>
        <translation>su manifiesto no tiene un {key!r} válido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its manifest.json is not valid JSON</source>
        <translation>su manifest.json no es JSON válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json is not a JSON object</source>
        <translation>su manifest.json no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest says format {found!r}, not {expected!r}</source>
        <translation>su manifiesto indica el formato {found!r}, no {expected!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was made by a newer Cutie (pack format {format_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>lo creó un Cutie más reciente (formato de paquete {format_version}; esta versión lee hasta {supported}). Actualiza Cutie para importarlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made by a newer Cutie (project schema {schema_version}; this version reads up to {supported}). Update Cutie to import it</source>
        <translation>lo creó un Cutie más reciente (esquema de proyecto {schema_version}; esta versión lee hasta {supported}). Actualiza Cutie para importarlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest has no valid &apos;files&apos; list</source>
        <translation>su manifiesto no tiene una lista &apos;files&apos; válida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest has an invalid entry in &apos;files&apos; (number {index})</source>
        <translation>su manifiesto tiene una entrada no válida en &apos;files&apos; (número {index})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>member {name!r} appears more than once</source>
        <translation>el elemento {name!r} aparece más de una vez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no manifest.json (it is not a Cutie pack, or it is damaged)</source>
        <translation>no tiene manifest.json (no es un paquete de Cutie, o está dañado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json is {size}, far larger than any project&apos;s</source>
        <translation>su manifest.json ocupa {size}, mucho más que el de cualquier proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists too many files ({count}; the limit is {limit})</source>
        <translation>su manifiesto lista demasiados archivos ({count}; el límite es {limit})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it unpacks to {size}; the limit is {limit}</source>
        <translation>ocupa {size} al descomprimirse; el límite es {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its members overlap (a known zip bomb technique)</source>
        <translation>sus elementos se solapan (una técnica conocida de bomba zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {path!r} twice</source>
        <translation>su manifiesto lista {path!r} dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists {missing!r}, but the pack does not contain it</source>
        <translation>su manifiesto lista {missing!r}, pero el paquete no lo contiene</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains {extra!r}, which its manifest does not list</source>
        <translation>contiene {extra!r}, que su manifiesto no lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no project database ({database})</source>
        <translation>no tiene base de datos de proyecto ({database})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {path!r} is {file_size} bytes, but its manifest says {size}</source>
        <translation>el elemento {path!r} ocupa {file_size} bytes, pero su manifiesto dice {size}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name!r} cannot be a project folder name ({problem}); choose another</source>
        <translation>{name!r} no puede ser el nombre de una carpeta de proyecto ({problem}); elige otro</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>a project named {name!r} already exists in {folder}</source>
        <translation>ya existe un proyecto llamado {name!r} en {folder}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>it needs {size} but only {free} is free in {folder}</source>
        <translation>necesita {size}, pero solo quedan {free} libres en {folder}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the project folder could not be created ({error})</source>
        <translation>no se pudo crear la carpeta del proyecto ({error})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>member {path!r} points outside the project</source>
        <translation>el elemento {path!r} apunta fuera del proyecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>member {path!r} holds more data than its declared size</source>
        <translation>el elemento {path!r} contiene más datos de los que declara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged ({error})</source>
        <translation>el elemento {path!r} está dañado ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path!r} could not be extracted ({error})</source>
        <translation>no se pudo extraer {path!r} ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is shorter than its manifest says</source>
        <translation>el elemento {path!r} es más corto de lo que dice su manifiesto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member {path!r} is damaged (its SHA-256 does not match the manifest)</source>
        <translation>el elemento {path!r} está dañado (su SHA-256 no coincide con el manifiesto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it unpacks to more than {size}</source>
        <translation>ocupa más de {size} al descomprimirse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its project database is not an SQLite database</source>
        <translation>su base de datos de proyecto no es una base de datos SQLite</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its project database is damaged ({error})</source>
        <translation>su base de datos de proyecto está dañada ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is damaged (integrity check: {check})</source>
        <translation>su base de datos de proyecto está dañada (comprobación de integridad: {check})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project.cutie is an SQLite database, but not one Cutie made</source>
        <translation>su project.cutie es una base de datos SQLite, pero no la creó Cutie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its project database has schema version {version}, but its manifest says {schema_version}</source>
        <translation>su base de datos de proyecto tiene la versión de esquema {version}, pero su manifiesto dice {schema_version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its project database is not laid out as Cutie&apos;s: {first} (differences: {count})</source>
        <translation>su base de datos de proyecto no tiene la estructura de Cutie: {first} (diferencias: {count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its project database is not laid out as Cutie&apos;s: {first}</source>
        <translation>su base de datos de proyecto no tiene la estructura de Cutie: {first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its project database names files it may not: {first} (entries: {count})</source>
        <translation>su base de datos de proyecto nombra archivos que no debe: {first} (entradas: {count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its project database names files it may not: {first}</source>
        <translation>su base de datos de proyecto nombra archivos que no debe: {first}</translation>
    </message>
</context>
<context>
    <name>core.projects</name>
    <message>
        <location filename="../../cutie_app/core/services/projects.py" line="+291"/>
        <source>That folder already exists</source>
        <extracomment>How many of the newest images are scored after a batch. The notes Cutie itself writes into the ledger, keyed by their English words as stored.</extracomment>
        <translation>Esa carpeta ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is already there; Save As makes a new project folder.</source>
        <translation>{target} ya existe; Guardar proyecto como crea una carpeta de proyecto nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new name.</source>
        <translation>Elige un nombre nuevo.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/services/project_paths.py" line="+96"/>
        <source>That folder is not a Cutie project</source>
        <translation>Esa carpeta no es un proyecto de Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no {project_file} in it.</source>
        <translation>{path} no contiene {project_file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack; New Project starts one.</source>
        <translation>Abre una carpeta de proyecto, su archivo project.cutie o un .cutiepack; Nuevo proyecto crea uno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutie cannot open that file</source>
        <translation>Cutie no puede abrir ese archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is neither a project (project.cutie) nor a packed project (.cutiepack).</source>
        <translation>{name} no es ni un proyecto (project.cutie) ni un proyecto empaquetado (.cutiepack).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a project folder, its project.cutie file or a .cutiepack.</source>
        <translation>Abre una carpeta de proyecto, su archivo project.cutie o un .cutiepack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is there</source>
        <translation>No hay nada ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist (moved, renamed or on a drive that is not connected?).</source>
        <translation>{path} no existe (¿se movió, se renombró o está en una unidad no conectada?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path and try again.</source>
        <translation>Comprueba la ruta y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../cutie_app/core/model/records.py" line="+253"/>
        <source>Images recovered that were saved just before Cutie stopped: {count}</source>
        <extracomment>Delivered and billed, but the image could not be saved (`LedgerEntry.detail` says why). The call reached Google but its answer never (fully) arrived: &quot;outcome unknown, may be billed&quot;. What became of its location and camera data on import; None: not known (imported before). Why, for an UNSAVED call (&quot;The disk is full. ...&quot;); empty otherwise. &quot;generated&quot;, &quot;conversation&quot; or &quot;adjusted&quot; (where the image came from); None: any. How the gallery groups what it lists (`core.services.stacks`); the store ignores it.</extracomment>
        <translation>Imágenes recuperadas que se guardaron justo antes de que Cutie se detuviera: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files missing (their entries are kept): {count}</source>
        <translation>Archivos que faltan (sus entradas se conservan): {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to recover.</source>
        <translation>No hay nada que recuperar.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/conversations.py" line="+60"/>
        <location line="+4"/>
        <source>Cannot open this conversation</source>
        <translation>No se puede abrir esta conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved data is damaged.</source>
        <translation>Sus datos guardados están dañados.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/db.py" line="+139"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not save to the project, because there is no space left on its disk.</source>
        <translation>Cutie no pudo guardar en el proyecto porque no queda espacio en su disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space, then try again. Nothing saved before was damaged.</source>
        <translation>Libera algo de espacio en disco y vuelve a intentarlo. Nada de lo guardado antes se ha dañado.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The project is busy</source>
        <extracomment>How long a statement waits for another process&apos;s lock before giving up. Below this much free space, an I/O failure is taken for what it almost surely is: a full disk.</extracomment>
        <translation>El proyecto está ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program (or another Cutie window) is writing to this project.</source>
        <translation>Otro programa (u otra ventana de Cutie) está escribiendo en este proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the other window and try again.</source>
        <translation>Cierra la otra ventana y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is read-only</source>
        <translation>El proyecto es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to this project folder.</source>
        <translation>Cutie no puede escribir en esta carpeta de proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the folder&apos;s permissions, or copy the project somewhere writable.</source>
        <translation>Revisa los permisos de la carpeta o copia el proyecto a un lugar donde se pueda escribir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project refused this change</source>
        <translation>El proyecto rechazó este cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It would break the project&apos;s links.</source>
        <translation>Rompería los vínculos del proyecto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+59"/>
        <source>The project database is damaged</source>
        <translation>La base de datos del proyecto está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read {name}.</source>
        <translation>Cutie no pudo leer {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/opening.py" line="+2"/>
        <source>Restore the project folder from a backup; the images in it are plain files.</source>
        <translation>Restaura la carpeta del proyecto desde una copia de seguridad; las imágenes que contiene son archivos normales.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read or write the project</source>
        <translation>No se puede leer ni escribir el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk or the file system reported an error.</source>
        <translation>El disco o el sistema de archivos informó de un error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk (and, for a network folder, the connection), then try again.</source>
        <translation>Revisa el disco (y, si es una carpeta de red, la conexión) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project database failed</source>
        <translation>Falló la base de datos del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database operation did not complete.</source>
        <translation>Una operación de la base de datos no se completó.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+17"/>
        <source>The project is closed</source>
        <translation>El proyecto está cerrado</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It was closed before this change was saved.</source>
        <translation>Se cerró antes de que se guardara este cambio.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/files.py" line="+130"/>
        <source>Cannot save the image</source>
        <translation>No se puede guardar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}/ holds a different file named like it.</source>
        <translation>{name}/ contiene otro archivo distinto con un nombre parecido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save to the project</source>
        <translation>No se puede guardar en el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not write to {where}.</source>
        <translation>Cutie no pudo escribir en {where}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Revisa el espacio libre en disco y los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/images.py" line="+101"/>
        <source>No thumbnail for this image yet</source>
        <extracomment>An adjusted version: `add_derived` leaves the batch empty and its recipe names the adjustments (the batch is tested first, so generated rows are never parsed). Where an image came from, as a condition on its row: the model (a generation), a conversation&apos;s turn, or a local adjustment.</extracomment>
        <translation>Esta imagen aún no tiene miniatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project is open read-only, so Cutie does not write thumbnails into it.</source>
        <translation>El proyecto está abierto en solo lectura, así que Cutie no escribe miniaturas en él.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cutie_app/core/store/references.py" line="+194"/>
        <source>The image file is missing</source>
        <translation>Falta el archivo de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cutie_app/core/store/references.py" line="+1"/>
        <source>{folder}/{file} could not be read.</source>
        <translation>No se pudo leer {folder}/{file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show this image</source>
        <translation>No se puede mostrar esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be decoded.</source>
        <translation>No se pudo descodificar {file}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/layout.py" line="+59"/>
        <source>it is not text ({type})</source>
        <extracomment>The largest .cube file Cutie reads (the LUT parser&apos;s own ceiling). A look file embeds the LUTs it uses (base64), so it may be a few LUTs large. Built under this name and renamed into place, so a crash never leaves half a project.cutie. Files an OS drops into folders; they don&apos;t make a folder &quot;not empty&quot;.</extracomment>
        <translation>no es texto ({type})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty or a &apos;.&apos;/&apos;..&apos; name</source>
        <translation>está vacío o es un nombre &apos;.&apos;/&apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an absolute path</source>
        <translation>es una ruta absoluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a path separator</source>
        <translation>contiene un separador de ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names a drive or an alternate data stream</source>
        <translation>nombra una unidad o un flujo de datos alternativo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not 64 hex digits</source>
        <translation>no son 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the image&apos;s SHA-256 is not 64 hex digits</source>
        <translation>el SHA-256 de la imagen no son 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a symbolic link to {target}</source>
        <translation>es un enlace simbólico a {target}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This project names a file outside its folder</source>
        <translation>Este proyecto nombra un archivo fuera de su carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry for {sub}/ names {name!r}, and {problem}. Cutie did not read, send, export or delete it.</source>
        <translation>Una entrada de {sub}/ nombra {name!r}, y {problem}. Cutie no lo leyó, envió, exportó ni borró.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project database was changed by something other than Cutie; restore it from a backup.</source>
        <translation>Algo distinto de Cutie modificó la base de datos del proyecto; restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/ledger.py" line="+52"/>
        <source>The call reached Google but its answer never arrived (cut off, closed or timed out): it may have been billed.</source>
        <extracomment>The ledger outcome of a variant&apos;s call; a variant of any other status never reached the service.</extracomment>
        <translation>La petición llegó a Google, pero su respuesta nunca llegó (se cortó, se cerró o se agotó el tiempo): puede que se haya cobrado.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/lock.py" line="+167"/>
        <source>The project folder is read-only</source>
        <extracomment>How often a holder rewrites its record&apos;s `refreshed_at`. A record from another host older than this is a crashed holder&apos;s (OS locks did not tell). A held lock is tried this many times, a moment apart: its holder may just be closing. OS errors that mean &quot;this file system has no working locks&quot;, not &quot;someone holds it&quot;. Windows locks bytes, and a locked byte cannot be read by others: lock one far past the record. The process&apos;s start time in clock ticks since boot (Linux), &quot;&quot; where unknown.</extracomment>
        <translation>La carpeta del proyecto es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie cannot write to {folder}, so it cannot change this project.</source>
        <translation>Cutie no puede escribir en {folder}, así que no puede cambiar este proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at, check or export it, or copy it somewhere writable.</source>
        <translation>Ábrelo en solo lectura para verlo, comprobarlo o exportarlo, o cópialo a un lugar donde se pueda escribir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Cannot lock the project</source>
        <translation>No se puede bloquear el proyecto</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cutie could not create {lock_file} in {folder}.</source>
        <translation>Cutie no pudo crear {lock_file} en {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Check the folder&apos;s permissions and the free disk space.</source>
        <translation>Revisa los permisos de la carpeta y el espacio libre en disco.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cutie could not write {lock_file} in {parent}.</source>
        <translation>Cutie no pudo escribir {lock_file} en {parent}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This project is open in another Cutie process</source>
        <translation>Este proyecto está abierto en otro proceso de Cutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Only one Cutie can change a project at a time.</source>
        <translation>Solo un Cutie puede cambiar un proyecto a la vez.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+15"/>
        <source>Close it there first, or open the project read-only to check, export or compare it.</source>
        <translation>Ciérralo allí primero, o abre el proyecto en solo lectura para comprobarlo, exportarlo o compararlo.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>It is open in this very Cutie: close it there before opening it again.</source>
        <translation>Está abierto en este mismo Cutie: ciérralo ahí antes de volver a abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open in Cutie (process {pid} on {host})</source>
        <translation>Este proyecto está abierto en Cutie (proceso {pid} en {host})</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/looks.py" line="-271"/>
        <source>This LUT is too large</source>
        <translation>Este LUT es demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is {size:.1f} MiB; Cutie reads .cube files up to {limit} MiB.</source>
        <translation>Ocupa {size:.1f} MiB; Cutie lee archivos .cube de hasta {limit} MiB.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+68"/>
        <source>Cannot save the look</source>
        <translation>No se puede guardar el preajuste</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>It uses the LUT “{name}”, which is not in this project.</source>
        <translation>Usa el LUT “{name}”, que no está en este proyecto.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>looks/ holds too many files named like it.</source>
        <translation>looks/ contiene demasiados archivos con un nombre parecido.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/migrations.py" line="+262"/>
        <source>This project needs a newer Cutie</source>
        <extracomment>&apos;CUTE&apos; in ASCII: `PRAGMA application_id` of every Cutie project database. Every step, oldest first; versions run 1..SCHEMA_VERSION without gaps (a test checks it). The schema version this Cutie writes. The pack importer compares against it.</extracomment>
        <translation>Este proyecto necesita un Cutie más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was saved by a newer version of Cutie (project format {version}; this version reads up to {supported}). It was not changed.</source>
        <translation>Lo guardó una versión más reciente de Cutie (formato de proyecto {version}; esta versión lee hasta {supported}). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Cutie to open it.</source>
        <translation>Actualiza Cutie para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/opening.py" line="-25"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Not a Cutie project</source>
        <extracomment>Files that may be in a folder a new project goes into (with the -journal of CREATING_FILE).</extracomment>
        <translation>No es un proyecto de Cutie</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{name} is not a project file; a project&apos;s file is called {project_file}.</source>
        <translation>{name} no es un archivo de proyecto; el archivo de un proyecto se llama {project_file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such folder</source>
        <translation>No existe la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and try again.</source>
        <translation>Comprueba la ruta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no {project_file} file.</source>
        <translation>{name} no tiene ningún archivo {project_file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a project folder, or create a new project.</source>
        <translation>Elige una carpeta de proyecto o crea un proyecto nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{project_file} is empty.</source>
        <translation>{project_file} está vacío.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{project_file} in {name} is a database, but not one Cutie made.</source>
        <translation>{project_file} en {name} es una base de datos, pero no la creó Cutie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../../cutie_app/core/store/project.py" line="+205"/>
        <source>Cannot create the project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a project here</source>
        <translation>Ya hay un proyecto aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds a Cutie project.</source>
        <translation>{name} ya contiene un proyecto de Cutie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it instead, or pick an empty folder.</source>
        <translation>Ábrelo en su lugar o elige una carpeta vacía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder is not empty</source>
        <translation>La carpeta no está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already holds other files, and a project needs a folder of its own.</source>
        <translation>{name} ya contiene otros archivos, y un proyecto necesita una carpeta propia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an empty folder, or type a new folder name.</source>
        <translation>Elige una carpeta vacía o escribe un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cutie could not write to {folder}.</source>
        <translation>Cutie no pudo escribir en {folder}.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/project.py" line="+27"/>
        <location line="+6"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie could not read or clean up {path}.</source>
        <translation>Cutie no pudo leer ni limpiar {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This project must be updated before it can be opened read-only</source>
        <translation>Este proyecto debe actualizarse antes de poder abrirse en solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was saved by an older Cutie (project format {version}; this version uses {current}), and a read-only open changes nothing.</source>
        <translation>Lo guardó un Cutie anterior (formato de proyecto {version}; esta versión usa {current}), y abrir en solo lectura no cambia nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it once normally, when no other Cutie has it open.</source>
        <translation>Ábrelo una vez de forma normal, cuando ningún otro Cutie lo tenga abierto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This project is open read-only</source>
        <translation>Este proyecto está abierto en solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutie opened it only to look at it, so it cannot change it.</source>
        <translation>Cutie lo abrió solo para verlo, así que no puede cambiarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it normally (close any other Cutie that has it open first).</source>
        <translation>Ábrelo de forma normal (cierra antes cualquier otro Cutie que lo tenga abierto).</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/recovery.py" line="+193"/>
        <source>Cutie stopped before the image was saved; the call was recovered from its recipe.</source>
        <extracomment>The ledger&apos;s `detail` for a billed call whose save a crash interrupted before its image landed.</extracomment>
        <translation>Cutie se detuvo antes de guardar la imagen; la llamada se recuperó a partir de su receta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{lost} of its {count} images never landed.</source>
        <translation>{lost} de sus {count} imágenes nunca llegaron a guardarse.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/references.py" line="+24"/>
        <source>A reference image is missing</source>
        <translation>Falta una imagen de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder}/{file} (slot {position}) could not be read.</source>
        <translation>No se pudo leer {folder}/{file} (hueco {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cutie_app/core/store/scores.py" line="+185"/>
        <source>Remove the slot or put the file back.</source>
        <translation>Quita el hueco o vuelve a poner el archivo.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/rows.py" line="+169"/>
        <location filename="../../cutie_app/core/store/trash.py" line="+145"/>
        <source>No image #{id} in this project</source>
        <extracomment>What a sidecar may restore on recovery; the file itself tells the rest (name, hash, type, size).</extracomment>
        <translation>No hay ninguna imagen n.º {id} en este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scene #{id} in this project</source>
        <translation>No hay ninguna escena n.º {id} en este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversation #{id} in this project</source>
        <translation>No hay ninguna conversación n.º {id} en este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reference slot #{id} in this project</source>
        <translation>No hay ningún hueco de referencia n.º {id} en este proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It may have been removed.</source>
        <translation>Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/scores.py" line="-13"/>
        <source>The anchor image</source>
        <extracomment>References that show the character, so a variant is expected to look like them. Style, palette, background and prop references are not: they would only drag every score down.</extracomment>
        <translation>La imagen ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference image {number}</source>
        <translation>Imagen de referencia {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} is missing</source>
        <translation>{what}: falta el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be read, so consistency scores cannot be computed.</source>
        <translation>No se pudo leer {path}, así que no se pueden calcular las puntuaciones de coherencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be read</source>
        <translation>{what}: no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged, so consistency scores cannot be computed.</source>
        <translation>{path} está dañado, así que no se pueden calcular las puntuaciones de coherencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the reference image.</source>
        <translation>Sustituye la imagen de referencia.</translation>
    </message>
    <message>
        <location filename="../../cutie_app/core/store/trash.py" line="-91"/>
        <source>Its images were moved to the trash.</source>
        <extracomment>The project&apos;s own trash, for callers without a system trash (the CLI, tests). The `detail` of a ledger row whose images were all moved to the trash.</extracomment>
        <translation>Sus imágenes se movieron a la papelera.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot write to {folder}/: {error}</source>
        <translation>No se puede escribir en {folder}/: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move {file} to the trash: {reason}</source>
        <translation>No se pudo mover {file} a la papelera: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not move {file} to the trash</source>
        <translation>No se pudo mover {file} a la papelera</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is no longer in the trash</source>
        <translation>{file} ya no está en la papelera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder}/ holds a different file named {file}</source>
        <translation>{folder}/ contiene otro archivo distinto llamado {file}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not put {file} back: {error}</source>
        <translation>No se pudo devolver {file}: {error}</translation>
    </message>
</context>
<context>
    <name>core.system</name>
    <message>
        <location filename="../../cutie_app/core/system/secrets.py" line="+49"/>
        <source>No system keyring is available (on Linux, install and unlock GNOME Keyring or KWallet). Cutie never stores the key in a file; set the GEMINI_API_KEY environment variable instead.</source>
        <translation>No hay ningún llavero del sistema disponible (en Linux, instala y desbloquea GNOME Keyring o KWallet). Cutie nunca guarda la clave en un archivo; define en su lugar la variable de entorno GEMINI_API_KEY.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The API key is empty.</source>
        <translation>La clave de la API está vacía.</translation>
    </message>
</context>
</TS>
