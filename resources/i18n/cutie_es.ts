<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../cutie_app/ui/adjust_entry.py" line="+122"/>
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
        <location line="+70"/>
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
        <location line="+8"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_pane.py" line="+242"/>
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
        <location filename="../../cutie_app/ui/panes/adjust_steps.py" line="+48"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Tint</source>
        <translation>Matiz</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+1"/>
        <location line="+18"/>
        <source>Vignette</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Grain</source>
        <translation>Grano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exposure (stops)</source>
        <translation>Exposición (pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness factor</source>
        <translation>Factor de brillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast factor</source>
        <translation>Factor de contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturation factor</source>
        <translation>Factor de saturación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels strength</source>
        <translation>Intensidad de los niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve strength</source>
        <translation>Intensidad de la curva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUT strength</source>
        <translation>Intensidad de la LUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour match strength</source>
        <translation>Intensidad del ajuste de color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grain amount</source>
        <translation>Cantidad de grano</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_widgets.py" line="+334"/>
        <source>Before / after</source>
        <translation>Antes / después</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+16"/>
        <source>Difference, brightened ×%.1f · mean change %.1f</source>
        <translation>Diferencia, realzada ×%.1f · cambio medio %.1f</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image cannot be shown: %s</source>
        <translation>No se puede mostrar esta imagen: %s</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <location line="-268"/>
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
        <location filename="../../cutie_app/ui/compare/comparator.py" line="+332"/>
        <source>Compare images</source>
        <translation>Comparar imágenes</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+648"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="-648"/>
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
        <location line="+45"/>
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
        <location line="+423"/>
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
        <location line="+59"/>
        <location line="+13"/>
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
        <location line="+8"/>
        <source>|A − B| · identical pixels</source>
        <translation>|A − B| · píxeles idénticos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}</source>
        <translation>|A − B| · realzado ×{gain} · mayor diferencia {peak}/255 · media {mean}</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="-950"/>
        <source>Image pane {n}</source>
        <translation>Panel de imagen {n}</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../cutie_app/ui/models/conversation_model.py" line="+188"/>
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
        <location filename="../../cutie_app/ui/panes/conversation_pane.py" line="+76"/>
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
        <location line="+297"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-295"/>
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
        <location line="+51"/>
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
        <location filename="../../cutie_app/ui/window/culling.py" line="+142"/>
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
        <location line="+24"/>
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
        <location filename="../../cutie_app/ui/widgets/error_banner.py" line="+26"/>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/export_dialog.py" line="+84"/>
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
        <location line="+47"/>
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
        <location filename="../../cutie_app/ui/models/gallery_model.py" line="+135"/>
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
        <location line="+2"/>
        <source>S or a click on the number closes it</source>
        <translation>S o un clic en el número la contrae</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S or a click on the number shows them all</source>
        <translation>S o un clic en el número las muestra todas</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>the reason is unknown</source>
        <translation>se desconoce el motivo</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../../cutie_app/ui/window/generation.py" line="+122"/>
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
        <location line="+11"/>
        <source>Saved into %s</source>
        <translation>Guardada en %s</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/panes/generate_panel.py" line="+62"/>
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
        <location line="+192"/>
        <source>Seed · cap</source>
        <translation>Semilla · tope</translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+81"/>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+2"/>
        <source>Generate variants</source>
        <translation>Generar variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>Generar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>One scene</source>
        <translation>Una escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>Help</name>
    <message>
        <location filename="../../cutie_app/ui/help.py" line="+99"/>
        <source>Keys</source>
        <extracomment>How much of the log&apos;s end a problem report carries.</extracomment>
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
        <location line="+9"/>
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
        <location line="+15"/>
        <source>The user guide is not installed with this copy of Cutie.</source>
        <translation>La guía de uso no está instalada en esta copia de Cutie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cutie user guide</source>
        <translation>Guía de uso de Cutie</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the end of Cutie&apos;s log (API keys are never in it). Paste it into your message, with what you did and what you expected.</source>
        <translation>Copiado al portapapeles: las versiones de Cutie, Qt, Python y el SDK de Gemini, y el final del registro de Cutie (nunca contiene claves de API). Pégalo en tu mensaje, junto con lo que hiciste y lo que esperabas.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../cutie_app/ui/window/trash.py" line="+93"/>
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
    <name>KeyDialog</name>
    <message>
        <location filename="../../cutie_app/ui/dialogs/key_dialog.py" line="+42"/>
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
        <location filename="../../cutie_app/ui/app.py" line="+136"/>
        <source>Cutie could not open %s</source>
        <translation>Cutie no pudo abrir %s</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/launch.py" line="+80"/>
        <source>Where should the project from %s go?</source>
        <extracomment>The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this. Chooses the folder a pack is unpacked into: (parent window, the pack) -&gt; folder, None to cancel.</extracomment>
        <translation>¿Dónde va el proyecto de %s?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unpacking %s…</source>
        <translation>Desempaquetando %s…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not import %s</source>
        <translation>No se pudo importar %s</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../cutie_app/ui/panes/ledger_view.py" line="+138"/>
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
        <location line="+2"/>
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
        <location filename="../../cutie_app/ui/compare/loupe.py" line="+62"/>
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
        <location line="+58"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes</source>
        <translation>←/→ siguiente, en el mismo sitio · Z ajustar/100 % · P/X/U · 0-5 estrellas · Esc cierra</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} can&apos;t be shown ({reason}).</source>
        <translation>No se puede mostrar {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cutie_app/ui/mainwindow.py" line="+101"/>
        <source>Results and spending</source>
        <translation>Resultados y gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character</source>
        <translation>Personaje</translation>
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
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../cutie_app/ui/panes/conversation_dock.py" line="+41"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+206"/>
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
        <location line="+6"/>
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
        <location line="+23"/>
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
    <name>PromptPreview</name>
    <message>
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="+180"/>
        <source>Prompt sent to the model</source>
        <translation>Prompt enviado al modelo</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../cutie_app/ui/i18n.py" line="+56"/>
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
        <location filename="../../cutie_app/ui/compare/recipe_panel.py" line="+70"/>
        <location line="+4"/>
        <location line="+27"/>
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
        <location line="+49"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
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
        <location line="+43"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>Character version</source>
        <translation>Versión del personaje</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Response id</source>
        <translation>Id. de respuesta</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+8"/>
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
        <location line="+29"/>
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
        <location filename="../../cutie_app/ui/panes/reference_slots.py" line="+65"/>
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
        <location line="+225"/>
        <source>Reference images</source>
        <extracomment>A slot dragged inside the list carries its row in this format, so a drop knows what moves.</extracomment>
        <translation>Imágenes de referencia</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
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
        <location line="-56"/>
        <source>Paste image</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location filename="../../cutie_app/ui/panes/spec_editor.py" line="-343"/>
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
        <location filename="../../cutie_app/ui/dialogs/spec_history.py" line="+80"/>
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
        <location filename="../../cutie_app/ui/window/status.py" line="+50"/>
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
        <location line="+10"/>
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
        <location filename="../../cutie_app/ui/widgets/tile_delegate.py" line="+318"/>
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
        <location line="+14"/>
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
</TS>
