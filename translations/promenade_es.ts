<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppMatrixModel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1&apos;s overlays do not deploy this app</source>
        <translation>Los overlays de %1 no despliegan esta app</translation>
    </message>
    <message>
        <source>Declared: %1 (%2)</source>
        <translation>Declarado: %1 (%2)</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>Declared: %1 from the base (%2, not pinned by the overlay)</source>
        <translation>Declarado: %1 desde la base (%2, no fijado por el overlay)</translation>
    </message>
    <message>
        <source>Running: %1 · %2 · %3</source>
        <translation>En ejecución: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Running: not reported by Argo CD</source>
        <translation>En ejecución: Argo CD no lo informa</translation>
    </message>
    <message>
        <source>Running: no live status (yet)</source>
        <translation>En ejecución: sin estado en vivo (todavía)</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (opens a pull request)</source>
        <translation>Haga clic o pulse Intro para promover %1 desde %2 (abre un pull request)</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (direct commit)</source>
        <translation>Haga clic o pulse Intro para promover %1 desde %2 (commit directo)</translation>
    </message>
    <message>
        <source>Available: the declared tag is the newest in the registry</source>
        <translation>Disponible: la etiqueta declarada es la más reciente del registro</translation>
    </message>
    <message>
        <source>Available: %1 is the newest tag in the registry</source>
        <translation>Disponible: %1 es la etiqueta más reciente del registro</translation>
    </message>
    <message>
        <source>%1 pins %2 %3</source>
        <translation>%1 fija %2 %3</translation>
    </message>
    <message>
        <source>Helm chart %1 (%2)</source>
        <translation>chart de Helm %1 (%2)</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>sin versión</translation>
    </message>
    <message>
        <source>repository not known</source>
        <translation>repositorio desconocido</translation>
    </message>
    <message>
        <source>Argo CD: %1 · %2 · %3</source>
        <translation>Argo CD: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Argo CD: not reported (yet)</source>
        <translation>Argo CD: sin informar (aún)</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2</source>
        <translation>Haga clic o pulse Intro para promover %1 desde %2</translation>
    </message>
</context>
<context>
    <name>ApplicationSetExpander</name>
    <message>
        <source>ApplicationSet %1: %2</source>
        <translation>ApplicationSet %1: %2</translation>
    </message>
    <message>
        <source>it uses %1, which Promenade does not evaluate</source>
        <translation>usa %1, que Promenade no evalúa</translation>
    </message>
    <message>
        <source>a list generator element is not a mapping; it is left out</source>
        <translation>un elemento del generador list no es un mapping; se omite</translation>
    </message>
    <message>
        <source>a list generator element has a value that is not text, which needs goTemplate: true; it is left out</source>
        <translation>un elemento del generador list tiene un valor que no es texto, lo que requiere goTemplate: true; se omite</translation>
    </message>
    <message>
        <source>the list generator&apos;s elementsYaml is not valid YAML</source>
        <translation>el elementsYaml del generador list no es YAML válido</translation>
    </message>
    <message>
        <source>the git generator reads %1, another repository; its Applications are not known offline</source>
        <translation>el generador git lee %1, otro repositorio; sus Applications no se conocen sin conexión</translation>
    </message>
    <message>
        <source>the git generator lists neither directories nor files</source>
        <translation>el generador git no enumera ni directorios ni archivos</translation>
    </message>
    <message>
        <source>the git generator cannot read %1</source>
        <translation>el generador git no puede leer %1</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 is not valid JSON</source>
        <translation>el archivo %1 del generador git no es JSON válido</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 is not valid YAML</source>
        <translation>el archivo %1 del generador git no es YAML válido</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 holds something other than a mapping or a list of them</source>
        <translation>el archivo %1 del generador git contiene algo distinto de un mapping o una lista de ellos</translation>
    </message>
    <message>
        <source>the matrix generator needs exactly two child generators</source>
        <translation>el generador matrix necesita exactamente dos generadores hijos</translation>
    </message>
    <message>
        <source>the matrix generator&apos;s second child cannot be rendered (%1)</source>
        <translation>el segundo hijo del generador matrix no se puede renderizar (%1)</translation>
    </message>
    <message>
        <source>the matrix generator&apos;s children give the parameter %1 two different values</source>
        <translation>los hijos del generador matrix dan dos valores distintos al parámetro %1</translation>
    </message>
    <message>
        <source>the merge generator needs at least two child generators</source>
        <translation>el generador merge necesita al menos dos generadores hijos</translation>
    </message>
    <message>
        <source>the merge generator needs mergeKeys</source>
        <translation>el generador merge necesita mergeKeys</translation>
    </message>
    <message>
        <source>a generator is not a mapping</source>
        <translation>un generador no es un mapping</translation>
    </message>
    <message>
        <source>matrix and merge generators may be nested one level only</source>
        <translation>los generadores matrix y merge solo se pueden anidar un nivel</translation>
    </message>
    <message>
        <source>the %1 generator needs a live server; its Applications are not known offline</source>
        <translation>el generador %1 necesita un servidor en vivo; sus Applications no se conocen sin conexión</translation>
    </message>
    <message>
        <source>the generator %1 is not known</source>
        <translation>el generador %1 no es conocido</translation>
    </message>
    <message>
        <source>its templatePatch needs goTemplate: true and is ignored</source>
        <translation>su templatePatch requiere goTemplate: true y se ignora</translation>
    </message>
    <message>
        <source>its template cannot be rendered offline (%1); the Applications it generates are not known</source>
        <translation>su plantilla no se puede renderizar sin conexión (%1); no se conocen las Applications que genera</translation>
    </message>
    <message>
        <source>its templatePatch cannot be rendered offline (%1); the Applications it generates are not known</source>
        <translation>su templatePatch no se puede renderizar sin conexión (%1); no se conocen las Applications que genera</translation>
    </message>
    <message>
        <source>its rendered templatePatch is not valid YAML; the Applications it generates are not known</source>
        <translation>su templatePatch renderizado no es YAML válido; no se conocen las Applications que genera</translation>
    </message>
    <message>
        <source>a generated Application has no name and is left out</source>
        <translation>una Application generada no tiene nombre y se omite</translation>
    </message>
    <message>
        <source>it generates the Application %1 twice; the second is left out</source>
        <translation>genera la Application %1 dos veces; se omite la segunda</translation>
    </message>
    <message>
        <source>it has no generators</source>
        <translation>no tiene generadores</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Preparing the promotion…</source>
        <translation>Preparando la promoción…</translation>
    </message>
    <message>
        <source>(not pinned)</source>
        <translation>(no fijado)</translation>
    </message>
    <message>
        <source>Checking the gates and rendering what will change…</source>
        <translation>Comprobando los controles y renderizando lo que cambiará…</translation>
    </message>
    <message>
        <source>This promotion cannot be prepared</source>
        <translation>No se puede preparar esta promoción</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what is named above (or reload the repository) and try again.</source>
        <translation>No se ha cambiado nada. Corrija lo indicado arriba (o recargue el repositorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>How it lands</source>
        <translation>Cómo se aplica</translation>
    </message>
    <message>
        <source>Direct commit</source>
        <translation>Commit directo</translation>
    </message>
    <message>
        <source>Commit on the current branch and push it</source>
        <translation>Hacer commit en la rama actual y hacer push</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull request</translation>
    </message>
    <message>
        <source>Push a branch and open a pull request on GitHub</source>
        <translation>Hacer push de una rama y abrir un pull request en GitHub</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Mensaje del commit</translation>
    </message>
    <message>
        <source>Trailers recorded with the commit</source>
        <translation>Trailers registrados con el commit</translation>
    </message>
    <message>
        <source>What %1 will deploy differently</source>
        <translation>Lo que %1 desplegará de forma distinta</translation>
    </message>
    <message>
        <source>The rendered change cannot be shown: %1</source>
        <translation>No se puede mostrar el cambio renderizado: %1</translation>
    </message>
    <message>
        <source>Nothing: the rendered manifests are the same.</source>
        <translation>Nada: los manifiestos renderizados son iguales.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Nothing is changed until you approve (Ctrl+Enter).</source>
        <translation>No se cambia nada hasta que apruebe (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge Pull Request #%1</source>
        <translation>Fusionar el pull request #%1</translation>
    </message>
    <message>
        <source>Approve Rollback</source>
        <translation>Aprobar la vuelta atrás</translation>
    </message>
    <message>
        <source>Approve and Open Pull Request</source>
        <translation>Aprobar y abrir el pull request</translation>
    </message>
    <message>
        <source>Approve and Promote</source>
        <translation>Aprobar y promover</translation>
    </message>
    <message>
        <source>Gates</source>
        <comment>the checks before a promotion</comment>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Its checks failed: %1</source>
        <translation>Sus checks han fallado: %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Checks: %1</translation>
    </message>
    <message>
        <source>GitHub reports no checks for it</source>
        <translation>GitHub no informa de ningún check para él</translation>
    </message>
    <message>
        <source>Changes</source>
        <comment>the application&apos;s commits a promotion ships</comment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Pull request #%1</source>
        <translation>Pull request #%1</translation>
    </message>
    <message>
        <source>pull request link</source>
        <translation>enlace del pull request</translation>
    </message>
    <message>
        <source>Commit %1 on %2</source>
        <translation>Commit %1 en %2</translation>
    </message>
    <message>
        <source>commit id</source>
        <translation>id del commit</translation>
    </message>
    <message>
        <source>The registry reports %1 for this tag now.</source>
        <translation>El registro indica ahora %1 para esta etiqueta.</translation>
    </message>
    <message>
        <source>The registry did not tell its digest.</source>
        <translation>El registro no indicó su digest.</translation>
    </message>
    <message>
        <source>Pin the digest</source>
        <translation>Fijar el digest</translation>
    </message>
    <message>
        <source>Pin the digest %1</source>
        <translation>Fijar el digest %1</translation>
    </message>
    <message>
        <source>Nothing is changed until you approve.</source>
        <translation>No se cambia nada hasta que lo apruebe.</translation>
    </message>
</context>
<context>
    <name>ArgoCd</name>
    <message>
        <source>%1: not logged in (401): log in or set an API token</source>
        <translation>%1: no ha iniciado sesión (401): inicie sesión o configure un token de API</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: el token ha caducado o no es válido (401)</translation>
    </message>
    <message>
        <source>permission denied (or the application does not exist)</source>
        <translation>permiso denegado (o la Application no existe)</translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object</source>
        <translation>%1: la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: login failed (401)</source>
        <translation>%1: el inicio de sesión ha fallado (401)</translation>
    </message>
    <message>
        <source>%1: the login answer carries no token</source>
        <translation>%1: la respuesta del inicio de sesión no incluye ningún token</translation>
    </message>
    <message>
        <source>%1: the watch stream sent a malformed frame (%2)</source>
        <translation>%1: el flujo de observación envió un fragmento mal formado (%2)</translation>
    </message>
    <message>
        <source>%1: the watch stream failed: %2</source>
        <translation>%1: el flujo de observación ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 (watch stream)</source>
        <translation>%1 (flujo de observación)</translation>
    </message>
    <message>
        <source>%1: the watch stream was idle too long (timed out)</source>
        <translation>%1: el flujo de observación estuvo inactivo demasiado tiempo (tiempo agotado)</translation>
    </message>
    <message>
        <source>%1: the watch stream was cut in the middle of an event</source>
        <translation>%1: el flujo de observación se cortó en mitad de un evento</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as of %1, cached</source>
        <translation>datos de %1, en caché</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>datos de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>the answer is not a Helm repository index (no entries)</source>
        <translation>la respuesta no es un índice de repositorio de Helm (sin entradas)</translation>
    </message>
    <message>
        <source>the Helm repository index is malformed: %1</source>
        <translation>el índice del repositorio de Helm está mal formado: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for index.yaml</source>
        <translation>%1 respondió HTTP %2 para index.yaml</translation>
    </message>
</context>
<context>
    <name>CloneController</name>
    <message>
        <source>Enter the URL of the repository to clone.</source>
        <translation>Introduzca la URL del repositorio que quiere clonar.</translation>
    </message>
    <message>
        <source>This is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git or ssh://…</source>
        <translation>Esto no es una URL de Git: use https://host/owner/repository.git, git@host:owner/repository.git o ssh://…</translation>
    </message>
    <message>
        <source>Enter a name for the new folder.</source>
        <translation>Introduzca un nombre para la carpeta nueva.</translation>
    </message>
    <message>
        <source>The folder name cannot contain “/” or “\”.</source>
        <translation>El nombre de la carpeta no puede contener «/» ni «\».</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>Elija la carpeta en la que clonar.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another name.</source>
        <translation>%1 existe y no es una carpeta: elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose another name.</source>
        <translation>%1 ya existe y no está vacía: elija otro nombre.</translation>
    </message>
    <message>
        <source>Correct it, then clone again.</source>
        <translation>Corríjalo y vuelva a clonar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation>Recibiendo objetos %1/%2</translation>
    </message>
    <message>
        <source>Indexing objects %1/%2</source>
        <translation>Indexando objetos %1/%2</translation>
    </message>
    <message>
        <source>Checking out files %1/%2</source>
        <translation>Extrayendo archivos %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation>Clonado en %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Promenade tried %1. Sign in with “gh auth login”, set GITHUB_TOKEN, put the credentials in a Git credential helper, or use an SSH URL with a key in your ssh-agent; then clone again.</source>
        <translation>Promenade ha probado %1. Inicie sesión con «gh auth login», configure GITHUB_TOKEN, guarde las credenciales en un credential helper de Git o use una URL SSH con una clave en su ssh-agent; después vuelva a clonar.</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>ninguna credencial</translation>
    </message>
    <message>
        <source>Copy the URL from the repository&apos;s “Code” button, and make sure your account can see the repository.</source>
        <translation>Copie la URL desde el botón «Code» del repositorio y asegúrese de que su cuenta puede ver el repositorio.</translation>
    </message>
    <message>
        <source>Use a URL such as https://github.com/owner/repository.git or git@github.com:owner/repository.git.</source>
        <translation>Use una URL como https://github.com/owner/repository.git o git@github.com:owner/repository.git.</translation>
    </message>
    <message>
        <source>Choose another folder name, or an empty folder.</source>
        <translation>Elija otro nombre de carpeta o una carpeta vacía.</translation>
    </message>
    <message>
        <source>Check the network connection and the URL, then clone again. Nothing was written.</source>
        <translation>Compruebe la conexión de red y la URL y vuelva a clonar. No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone a Repository</source>
        <translation>Clonar un repositorio</translation>
    </message>
    <message>
        <source>Clone into this folder</source>
        <translation>Clonar en esta carpeta</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>URL del repositorio</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Clonar en</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Carpeta en la que clonar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder to clone into</source>
        <translation>Elegir la carpeta en la que clonar</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Nombre de la carpeta</translation>
    </message>
    <message>
        <source>from the URL</source>
        <translation>según la URL</translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation>Nombre de la carpeta nueva</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Crea %1</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>Progreso del clonado</translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation>Cancelar el clonado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>Cancelar el clonado</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Cerrar el diálogo</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Clone the repository</source>
        <translation>Clonar el repositorio</translation>
    </message>
</context>
<context>
    <name>CopyableText</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar el enlace</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the Docker credential helper docker-credential-%1 (named for %2 in ~/.docker/config.json) is not installed</source>
        <translation>el credential helper de Docker docker-credential-%1 (indicado para %2 en ~/.docker/config.json) no está instalado</translation>
    </message>
    <message>
        <source>docker-credential-%1 did not answer for %2 within 10 s</source>
        <translation>docker-credential-%1 no respondió para %2 en 10 s</translation>
    </message>
    <message>
        <source>docker-credential-%1 has no credential for %2</source>
        <translation>docker-credential-%1 no tiene credenciales para %2</translation>
    </message>
    <message>
        <source>docker-credential-%1 answered without a credential for %2</source>
        <translation>docker-credential-%1 respondió sin credenciales para %2</translation>
    </message>
    <message>
        <source>no Secret Service, KWallet or platform keychain answered</source>
        <translation>no ha respondido ni Secret Service, ni KWallet, ni el llavero de la plataforma</translation>
    </message>
    <message>
        <source>no argocd CLI config (run `argocd login`)</source>
        <translation>no hay configuración de la CLI de argocd (ejecute `argocd login`)</translation>
    </message>
    <message>
        <source>the argocd CLI config is not valid YAML: %1</source>
        <translation>la configuración de la CLI de argocd no es YAML válido: %1</translation>
    </message>
    <message>
        <source>no Docker config with a credential for %1</source>
        <translation>no hay configuración de Docker con credenciales para %1</translation>
    </message>
    <message>
        <source>the Docker config is not valid JSON (%1)</source>
        <translation>la configuración de Docker no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>the stored credential for %1 is not base64 user:password</source>
        <translation>la credencial guardada para %1 no es usuario:contraseña en base64</translation>
    </message>
    <message>
        <source>no credential for %1 in the Docker config</source>
        <translation>no hay credenciales para %1 en la configuración de Docker</translation>
    </message>
    <message>
        <source>no token stored in the system keychain for %1</source>
        <translation>no hay ningún token guardado en el llavero del sistema para %1</translation>
    </message>
    <message>
        <source>no system keychain is available (%1); using environment variables and the tools&apos; config files</source>
        <translation>no hay ningún llavero del sistema disponible (%1); se usan las variables de entorno y los archivos de configuración de las herramientas</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>el llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <source>no system keychain is available (%1): the token was not stored; set it in the environment or the tool&apos;s own config instead</source>
        <translation>no hay ningún llavero del sistema disponible (%1): el token no se ha guardado; configúrelo en el entorno o en la configuración de la propia herramienta</translation>
    </message>
    <message>
        <source>the system keychain refused to store the token: %1</source>
        <translation>el llavero del sistema se negó a guardar el token: %1</translation>
    </message>
    <message>
        <source>the token could not be removed from the system keychain: %1</source>
        <translation>no se pudo quitar el token del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>argocd context %1 (%2)</source>
        <translation>contexto de argocd %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>cannot create a temporary folder for the demo: %1</source>
        <translation>no se puede crear una carpeta temporal para la demo: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s services are not running</source>
        <translation>los servicios de la demo no están en marcha</translation>
    </message>
    <message>
        <source>cannot write the demo&apos;s kubeconfig %1: %2</source>
        <translation>no se puede escribir el kubeconfig de la demo %1: %2</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation>no hay ningún entorno llamado «%1» (el repositorio tiene: %2)</translation>
    </message>
    <message>
        <source>cannot copy the repository for the preview</source>
        <translation>no se puede copiar el repositorio para la vista previa</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation>no hay ninguna app llamada «%1» (el repositorio tiene: %2)</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the preview: %1</source>
        <translation>no se puede crear una carpeta temporal para la vista previa: %1</translation>
    </message>
    <message>
        <source>an edit must stay inside the repository</source>
        <translation>una edición debe quedar dentro del repositorio</translation>
    </message>
    <message>
        <source>cannot write the edited file for the preview</source>
        <translation>no se puede escribir el archivo editado para la vista previa</translation>
    </message>
    <message>
        <source>%1/%2.yaml (now)</source>
        <translation>%1/%2.yaml (ahora)</translation>
    </message>
    <message>
        <source>%1/%2.yaml (after the change)</source>
        <translation>%1/%2.yaml (tras el cambio)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>is a folder but %1 is a file; compare two files or two folders</source>
        <translation>es una carpeta, pero %1 es un archivo; compare dos archivos o dos carpetas</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>comparación cancelada</translation>
    </message>
    <message>
        <source>ignore rule &apos;%1&apos;: %2</source>
        <translation>regla para ignorar «%1»: %2</translation>
    </message>
    <message>
        <source>the field path is empty</source>
        <translation>la ruta de campo está vacía</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>«%1» inesperado en la posición %2</translation>
    </message>
    <message>
        <source>the path ends with &apos;.&apos;</source>
        <translation>la ruta termina en «.»</translation>
    </message>
    <message>
        <source>unclosed quoted key at position %1</source>
        <translation>clave entre comillas sin cerrar en la posición %1</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>«[» sin cerrar en la posición %1</translation>
    </message>
    <message>
        <source>a list position cannot be negative</source>
        <translation>una posición de lista no puede ser negativa</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; is neither a position, &apos;*&apos;, a quoted key nor field=value</source>
        <translation>«[%1]» no es una posición, «*», una clave entre comillas ni campo=valor</translation>
    </message>
</context>
<context>
    <name>DiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation>⋯ 1 línea sin cambios — haga clic para mostrarla</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation>⋯ %1 líneas sin cambios — haga clic para mostrarlas</translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation>Mostrar %1 líneas sin cambios</translation>
    </message>
    <message>
        <source>added</source>
        <comment>a file in the diff</comment>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a file in the diff</comment>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>a file in the diff</comment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>modified</source>
        <comment>a file in the diff</comment>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Compare from environment</source>
        <translation>Comparar desde el entorno</translation>
    </message>
    <message>
        <source>Compare to environment</source>
        <translation>Comparar con el entorno</translation>
    </message>
    <message>
        <source>All apps and infrastructure</source>
        <translation>Todas las apps e infraestructura</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>What kustomize renders for each environment: what Kubernetes gets</source>
        <translation>Lo que kustomize renderiza para cada entorno: lo que recibe Kubernetes</translation>
    </message>
    <message>
        <source>Overlay files</source>
        <translation>Archivos del overlay</translation>
    </message>
    <message>
        <source>The overlays&apos; kustomization and patch files side by side</source>
        <translation>Los archivos kustomization y de parches de los overlays, uno junto a otro</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>en 1 archivo</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>en %1 archivos</translation>
    </message>
    <message>
        <source>Previous change (p)</source>
        <translation>Cambio anterior (p)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Next change (n)</source>
        <translation>Cambio siguiente (n)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>These environments cannot be compared</source>
        <translation>Estos entornos no se pueden comparar</translation>
    </message>
    <message>
        <source>Fix the file named above, or pick other environments.</source>
        <translation>Corrija el archivo indicado arriba o elija otros entornos.</translation>
    </message>
    <message>
        <source>No differences: %1 and %2 are the same.</source>
        <translation>Sin diferencias: %1 y %2 son iguales.</translation>
    </message>
    <message>
        <source>Rendered</source>
        <comment>compare the rendered manifests</comment>
        <translation>Renderizado</translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Copiar la línea</translation>
    </message>
    <message>
        <source>Copy change as diff</source>
        <translation>Copiar el cambio como diff</translation>
    </message>
    <message>
        <source>Copy selection as diff</source>
        <translation>Copiar la selección como diff</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) ignored</source>
        <translation>
            <numerusform>%n campo ignorado</numerusform>
            <numerusform>%n campos ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ignored</source>
        <translation>Nada ignorado</translation>
    </message>
    <message>
        <source>promenade.yaml&apos;s diff.ignore leaves these fields out of the comparison (click to show them):</source>
        <translation>diff.ignore de promenade.yaml deja estos campos fuera de la comparación (haga clic para mostrarlos):</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>cambio %1 de %2</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 cambios</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Wrap long lines instead of scrolling sideways</source>
        <translation>Ajustar las líneas largas en lugar de desplazarse en horizontal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Show the list of changed files</source>
        <translation>Mostrar la lista de archivos modificados</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find text in the diff (Ctrl+F)</source>
        <translation>Buscar texto en la comparación (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the diff</source>
        <translation>Buscar en la comparación</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>%1 changed files</source>
        <translation>%1 archivos modificados</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar archivos</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Desplazamiento horizontal</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 ejecuta %2</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 no está en el registro</translation>
    </message>
    <message>
        <source>%1 has no %2 image, which %3&apos;s nodes need</source>
        <translation>%1 no tiene imagen %2, que necesitan los nodos de %3</translation>
    </message>
    <message>
        <source>the newest tag %1 has no %2 image: it cannot run in %3</source>
        <translation>la etiqueta más reciente %1 no tiene imagen %2: no puede ejecutarse en %3</translation>
    </message>
    <message>
        <source>declares %1 but %2 runs %3 (%4)</source>
        <translation>declara %1, pero %2 ejecuta %3 (%4)</translation>
    </message>
    <message>
        <source>health is %1%2</source>
        <translation>la salud es %1%2</translation>
    </message>
    <message>
        <source>%1 declares %2</source>
        <translation>%1 declara %2</translation>
    </message>
</context>
<context>
    <name>EndpointOverrideModel</name>
    <message>
        <source>Enter a URL that starts with https:// (or http://)</source>
        <translation>Introduzca una URL que empiece por https:// (o http://)</translation>
    </message>
</context>
<context>
    <name>EndpointTrust</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a service&apos;s address</comment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1: %2 was not sent: the address is plain http (credentials go over http only to this computer); use https</source>
        <translation>%1: %2 no se ha enviado: la dirección es http sin cifrar (las credenciales solo van por http a este equipo); use https</translation>
    </message>
    <message>
        <source>%1: %2 was not sent: this repository names the server and you have not trusted it (trust it in the window, or pass --trust-repository-endpoints); asked without credentials</source>
        <translation>%1: %2 no se ha enviado: este repositorio indica el servidor y usted no ha confiado en él (confíe en él en la ventana o pase --trust-repository-endpoints); se ha consultado sin credenciales</translation>
    </message>
    <message>
        <source>the trusted endpoints could not be saved in %1</source>
        <translation>no se pudieron guardar los endpoints de confianza en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>«%1» no es una URL http o https</translation>
    </message>
</context>
<context>
    <name>EndpointTrustController</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your Argo CD token to %1.</source>
        <translation>Este repositorio pide a Promenade que envíe su token de Argo CD a %1.</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your GitHub token to %1.</source>
        <translation>Este repositorio pide a Promenade que envíe su token de GitHub a %1.</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your registry login to %1.</source>
        <translation>Este repositorio pide a Promenade que envíe su inicio de sesión del registro a %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCard</name>
    <message>
        <source>Environment %1</source>
        <translation>Entorno %1</translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation>mediante pull request</translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation>commit directo</translation>
    </message>
    <message>
        <source>Promotions into %1 open a pull request against main</source>
        <translation>Las promociones a %1 abren un pull request contra main</translation>
    </message>
    <message>
        <source>Promotions into %1 are committed and pushed directly</source>
        <translation>Las promociones a %1 se confirman con commit y push directamente</translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation>ningún clúster apunta a este overlay</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation>%1 (no fijado por el overlay)</translation>
    </message>
    <message>
        <source>no applications</source>
        <translation>sin aplicaciones</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>Argo CD: %1 · %2</source>
        <translation>Argo CD: %1 · %2</translation>
    </message>
    <message>
        <source>What runs is not known yet</source>
        <translation>Aún no se sabe qué se ejecuta</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>ejecuta %1</translation>
    </message>
    <message>
        <source>Applications · %1</source>
        <translation>Aplicaciones · %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <comment>the time or date of Argo CD&apos;s last sync</comment>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
        <translation>más reciente %1</translation>
    </message>
    <message>
        <source>Loading what runs…</source>
        <translation>Cargando lo que se ejecuta…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>↑ promote %1 from %2</source>
        <translation>↑ promover %1 desde %2</translation>
    </message>
    <message>
        <source>Promote %1 %2 from %3 to %4</source>
        <translation>Promover %1 %2 de %3 a %4</translation>
    </message>
    <message>
        <source>%1 pins %2 %3. Click to see every gate and approve.</source>
        <translation>%1 fija %2 %3. Haga clic para ver todos los controles y aprobar.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 inaccesible</translation>
    </message>
</context>
<context>
    <name>GateList</name>
    <message>
        <source>No gates were checked.</source>
        <translation>No se ha comprobado ningún control.</translation>
    </message>
    <message>
        <source>1 gate failed: this cannot go ahead until it is fixed</source>
        <translation>1 control ha fallado: no se puede continuar hasta corregirlo</translation>
    </message>
    <message>
        <source>%1 gates failed: this cannot go ahead until they are fixed</source>
        <translation>%1 controles han fallado: no se puede continuar hasta corregirlos</translation>
    </message>
    <message>
        <source>No gate failed; %1 of %2 could not be checked</source>
        <translation>Ningún control ha fallado; %1 de %2 no se pudieron comprobar</translation>
    </message>
    <message>
        <source>All %1 gates pass</source>
        <translation>Los %1 controles se superan</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>passes</source>
        <comment>a gate</comment>
        <translation>se supera</translation>
    </message>
    <message>
        <source>fails</source>
        <comment>a gate</comment>
        <translation>falla</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a gate&apos;s verdict</comment>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Git</name>
    <message>
        <source>invalid author or committer</source>
        <translation>autor o committer no válido</translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation>%1 no es un commit</translation>
    </message>
    <message>
        <source>unknown revision %1</source>
        <translation>revisión desconocida %1</translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation>la autenticación en %1 ha fallado</translation>
    </message>
    <message>
        <source>push to %1 cancelled</source>
        <translation>push a %1 cancelado</translation>
    </message>
    <message>
        <source>git is not installed: it is needed to push to a remote on this machine</source>
        <translation>git no está instalado: se necesita para hacer push a un remoto desde este equipo</translation>
    </message>
    <message>
        <source>cannot run git to push: %1</source>
        <translation>no se puede ejecutar git para hacer push: %1</translation>
    </message>
    <message>
        <source>git push stopped unexpectedly</source>
        <translation>git push se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>no se puede recorrer el historial</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>no se puede leer el índice de Git</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository (a rewritten history, or a clone that was not fetched since)</source>
        <translation>el commit %1 no está en el repositorio (un historial reescrito o un clon sin fetch desde entonces)</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>no se puede leer la revisión %1</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>no se puede leer el commit %1</translation>
    </message>
    <message>
        <source>cannot build a tree</source>
        <translation>no se puede construir un árbol</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot write folder %1</source>
        <translation>no se puede escribir la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write a tree</source>
        <translation>no se puede escribir un árbol</translation>
    </message>
    <message>
        <source>not a tree id: %1</source>
        <translation>no es un id de árbol: %1</translation>
    </message>
    <message>
        <source>cannot read tree %1</source>
        <translation>no se puede leer el árbol %1</translation>
    </message>
    <message>
        <source>cannot create a commit</source>
        <translation>no se puede crear un commit</translation>
    </message>
    <message>
        <source>cannot open the object database</source>
        <translation>no se puede abrir la base de datos de objetos</translation>
    </message>
    <message>
        <source>cannot write a commit</source>
        <translation>no se puede escribir un commit</translation>
    </message>
    <message>
        <source>not a commit id: %1</source>
        <translation>no es un id de commit: %1</translation>
    </message>
    <message>
        <source>cannot set %1</source>
        <translation>no se puede establecer %1</translation>
    </message>
    <message>
        <source>cannot keep Git objects in memory</source>
        <translation>no se pueden mantener los objetos de Git en memoria</translation>
    </message>
    <message>
        <source>cannot pack the objects</source>
        <translation>no se pueden empaquetar los objetos</translation>
    </message>
    <message>
        <source>cannot store the objects</source>
        <translation>no se pueden guardar los objetos</translation>
    </message>
    <message>
        <source>cannot check out the files</source>
        <translation>no se pueden extraer los archivos</translation>
    </message>
    <message>
        <source>no remote named %1</source>
        <translation>no hay ningún remoto llamado %1</translation>
    </message>
    <message>
        <source>no destination folder to clone into</source>
        <translation>no hay carpeta de destino en la que clonar</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another destination</source>
        <translation>%1 existe y no es una carpeta: elija otro destino</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new folder name or an empty folder</source>
        <translation>%1 no está vacía: elija un nombre de carpeta nuevo o una carpeta vacía</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>clone of %1 failed</source>
        <translation>el clonado de %1 ha fallado</translation>
    </message>
    <message>
        <source>clone of %1 cancelled</source>
        <translation>clonado de %1 cancelado</translation>
    </message>
    <message>
        <source>there is no Git repository at %1: check the URL</source>
        <translation>no hay ningún repositorio Git en %1: compruebe la URL</translation>
    </message>
    <message>
        <source>“%1” uses a protocol Git cannot clone from</source>
        <translation>«%1» usa un protocolo desde el que Git no puede clonar</translation>
    </message>
    <message>
        <source>“%1” is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git, ssh://… or file:///path</source>
        <translation>«%1» no es una URL de Git: use https://host/owner/repository.git, git@host:owner/repository.git, ssh://… o file:///ruta</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>no se puede crear una carpeta en %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer empty: choose another destination</source>
        <translation>%1 ya no está vacía: elija otro destino</translation>
    </message>
    <message>
        <source>cannot move the clone into %1</source>
        <translation>no se puede mover el clon a %1</translation>
    </message>
    <message>
        <source>fetch from %1 cancelled</source>
        <translation>fetch desde %1 cancelado</translation>
    </message>
    <message>
        <source>fetch from %1 failed</source>
        <translation>el fetch desde %1 ha fallado</translation>
    </message>
    <message>
        <source>cannot list the branches of %1</source>
        <translation>no se pueden listar las ramas de %1</translation>
    </message>
    <message>
        <source>push to %1 rejected: the remote has commits that are not here (fetch, then try again)</source>
        <translation>push a %1 rechazado: el remoto tiene commits que aquí no están (haga fetch y vuelva a intentarlo)</translation>
    </message>
    <message>
        <source>%1 refused the push of %2%3</source>
        <translation>%1 rechazó el push de %2%3</translation>
    </message>
    <message>
        <source>cannot open the remote repository %1</source>
        <translation>no se puede abrir el repositorio remoto %1</translation>
    </message>
    <message>
        <source>push to %1 failed</source>
        <translation>el push a %1 ha fallado</translation>
    </message>
    <message>
        <source>pushed to %1, but could not read its branches back to check the push</source>
        <translation>se hizo push a %1, pero no se pudieron volver a leer sus ramas para comprobarlo</translation>
    </message>
    <message>
        <source>%1 accepted the push, but its %2 is at %3, not at the pushed %4: another push replaced it; the commit is kept here</source>
        <translation>%1 aceptó el push, pero su %2 está en %3, no en el %4 enviado: otro push lo sustituyó; el commit se conserva aquí</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Promenade never force-pushes (%1)</source>
        <translation>Promenade nunca hace push forzado (%1)</translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation>no se puede crear un repositorio Git en %1</translation>
    </message>
    <message>
        <source>cannot open the Git repository %1</source>
        <translation>no se puede abrir el repositorio Git %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not inside a Git repository</source>
        <translation>%1 no está dentro de un repositorio Git</translation>
    </message>
    <message>
        <source>%1 is a bare repository (no work tree)</source>
        <translation>%1 es un repositorio bare (sin árbol de trabajo)</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>una fusión</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>una reversión</translation>
    </message>
    <message>
        <source>a cherry-pick</source>
        <translation>un cherry-pick</translation>
    </message>
    <message>
        <source>a bisect</source>
        <translation>un bisect</translation>
    </message>
    <message>
        <source>a rebase</source>
        <translation>un rebase</translation>
    </message>
    <message>
        <source>git am</source>
        <translation>git am</translation>
    </message>
    <message>
        <source>a Git operation</source>
        <translation>una operación de Git</translation>
    </message>
    <message>
        <source>cannot read the tree of %1</source>
        <translation>no se puede leer el árbol de %1</translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation>%1 no existe en %2</translation>
    </message>
    <message>
        <source>%1 is a folder at %2, not a file</source>
        <translation>%1 es una carpeta en %2, no un archivo</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, more than the %4 Promenade reads from a repository</source>
        <translation>%1 en %2 ocupa %3, más de los %4 que Promenade lee de un repositorio</translation>
    </message>
    <message>
        <source>cannot read %1 at %2</source>
        <translation>no se puede leer %1 en %2</translation>
    </message>
    <message>
        <source>a bare repository has no work tree</source>
        <translation>un repositorio bare no tiene árbol de trabajo</translation>
    </message>
    <message>
        <source>cannot read the status of the work tree</source>
        <translation>no se puede leer el estado del árbol de trabajo</translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation>no se puede leer el padre de %1</translation>
    </message>
    <message>
        <source>cannot compare %1 with its parent</source>
        <translation>no se puede comparar %1 con su padre</translation>
    </message>
    <message>
        <source>cannot walk the history from %1</source>
        <translation>no se puede recorrer el historial desde %1</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>no se puede leer HEAD</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch)</source>
        <translation>HEAD está desacoplado (no está en ninguna rama)</translation>
    </message>
    <message>
        <source>cannot resolve HEAD</source>
        <translation>no se puede resolver HEAD</translation>
    </message>
    <message>
        <source>cannot list the branches</source>
        <translation>no se pueden listar las ramas</translation>
    </message>
    <message>
        <source>%1 is not a valid Git branch name</source>
        <translation>%1 no es un nombre de rama de Git válido</translation>
    </message>
    <message>
        <source>a branch named %1 already exists</source>
        <translation>ya existe una rama llamada %1</translation>
    </message>
    <message>
        <source>cannot create the branch %1</source>
        <translation>no se puede crear la rama %1</translation>
    </message>
    <message>
        <source>local changes to %1 would be overwritten; commit or discard them first</source>
        <translation>se sobrescribirían los cambios locales en %1; haga commit de ellos o descártelos primero</translation>
    </message>
    <message>
        <source>some files</source>
        <translation>algunos archivos</translation>
    </message>
    <message>
        <source>cannot update the work tree</source>
        <translation>no se puede actualizar el árbol de trabajo</translation>
    </message>
    <message>
        <source>no branch named %1</source>
        <translation>no hay ninguna rama llamada %1</translation>
    </message>
    <message>
        <source>cannot switch to %1</source>
        <translation>no se puede cambiar a %1</translation>
    </message>
    <message>
        <source>%1 tracks no upstream branch</source>
        <translation>%1 no sigue ninguna rama upstream</translation>
    </message>
    <message>
        <source>cannot set the upstream of %1</source>
        <translation>no se puede establecer el upstream de %1</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>no se puede comparar %1 con %2</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged (%3 and %4 different commits); cannot fast-forward</source>
        <translation>%1 y %2 han divergido (%3 y %4 commits distintos); no es posible un fast-forward</translation>
    </message>
    <message>
        <source>the work tree has local changes (%1); commit or discard them before updating %2</source>
        <translation>el árbol de trabajo tiene cambios locales (%1); haga commit de ellos o descártelos antes de actualizar %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>no se puede mover %1 a %2</translation>
    </message>
    <message>
        <source>your Git identity is not set: run git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com</source>
        <translation>su identidad de Git no está configurada: ejecute git config --global user.name &quot;Su nombre&quot; y git config --global user.email usted@example.com</translation>
    </message>
    <message>
        <source>cannot read user.name and user.email from the Git configuration</source>
        <translation>no se pueden leer user.name y user.email de la configuración de Git</translation>
    </message>
    <message>
        <source>cannot open the repository&apos;s configuration</source>
        <translation>no se puede abrir la configuración del repositorio</translation>
    </message>
    <message>
        <source>cannot set %1 in the repository&apos;s configuration</source>
        <translation>no se puede establecer %1 en la configuración del repositorio</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>no se puede hacer commit</translation>
    </message>
    <message>
        <source>no paths to commit</source>
        <translation>no hay rutas para el commit</translation>
    </message>
    <message>
        <source>%1 is outside the repository</source>
        <translation>%1 está fuera del repositorio</translation>
    </message>
    <message>
        <source>cannot commit: %1 has unresolved conflicts</source>
        <translation>no se puede hacer commit: %1 tiene conflictos sin resolver</translation>
    </message>
    <message>
        <source>nothing to commit in %1</source>
        <translation>no hay nada para hacer commit en %1</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>no se puede preparar %1</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>no se puede escribir el índice de Git</translation>
    </message>
    <message>
        <source>cannot prepare the commit</source>
        <translation>no se puede preparar el commit</translation>
    </message>
    <message>
        <source>cannot read the tree of HEAD</source>
        <translation>no se puede leer el árbol de HEAD</translation>
    </message>
    <message>
        <source>cannot prepare the commit of %1</source>
        <translation>no se puede preparar el commit de %1</translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation>no se puede escribir el árbol</translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation>no se puede leer el árbol</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>no hay nada para hacer commit</translation>
    </message>
    <message>
        <source>%1 is not a regular file in Git (a link or a submodule); Promenade edits only files</source>
        <translation>%1 no es un archivo normal en Git (un enlace o un submódulo); Promenade solo edita archivos</translation>
    </message>
    <message>
        <source>cannot stage the changes</source>
        <translation>no se pueden preparar los cambios</translation>
    </message>
    <message>
        <source>cannot revert %1: it is the first commit</source>
        <translation>no se puede revertir %1: es el primer commit</translation>
    </message>
    <message>
        <source>cannot revert %1</source>
        <translation>no se puede revertir %1</translation>
    </message>
    <message>
        <source>cannot revert %1: later commits changed the same lines</source>
        <translation>no se puede revertir %1: commits posteriores cambiaron las mismas líneas</translation>
    </message>
    <message>
        <source>reverting %1 changes nothing</source>
        <translation>revertir %1 no cambia nada</translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation>no se puede añadir el remoto %1</translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>no checks</source>
        <translation>sin checks</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <comment>checks</comment>
        <translation>%1 superados</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>checks</comment>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <comment>checks</comment>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>1 check: %1</source>
        <translation>1 check: %1</translation>
    </message>
    <message>
        <source>%1 checks: %2</source>
        <translation>%1 checks: %2</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: el token ha caducado o no es válido (401)</translation>
    </message>
    <message>
        <source>; it resets at %1</source>
        <translation>; se restablece a las %1</translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted (%2)</source>
        <translation>%1: se ha agotado el límite de peticiones de la API (%2)</translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation>; reintente dentro de %1 s</translation>
    </message>
    <message>
        <source>%1: a secondary rate limit was hit (%2)</source>
        <translation>%1: se ha alcanzado un límite secundario de peticiones (%2)</translation>
    </message>
    <message>
        <source>%1: not found (404): the repository or item does not exist, or the token cannot see it</source>
        <translation>%1: no encontrado (404): el repositorio o el elemento no existe, o el token no puede verlo</translation>
    </message>
    <message>
        <source>%1: the request was rejected (422): %2</source>
        <translation>%1: la petición fue rechazada (422): %2</translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted; it resets at %2</source>
        <translation>%1: se ha agotado el límite de peticiones de la API; se restablece a las %2</translation>
    </message>
    <message>
        <source>%1: the answer is not a list</source>
        <translation>%1: la respuesta no es una lista</translation>
    </message>
    <message>
        <source>%1: pull request #%2 changed since it was reviewed; look at it again before merging (409)</source>
        <translation>%1: el pull request #%2 ha cambiado desde que se revisó; vuelva a mirarlo antes de fusionarlo (409)</translation>
    </message>
    <message>
        <source>%1: pull request #%2 cannot be merged: %3 (405)</source>
        <translation>%1: el pull request #%2 no se puede fusionar: %3 (405)</translation>
    </message>
    <message>
        <source>not mergeable</source>
        <translation>no fusionable</translation>
    </message>
    <message>
        <source>%1: pull request #%2 was not merged: %3</source>
        <translation>%1: el pull request #%2 no se ha fusionado: %3</translation>
    </message>
    <message>
        <source>%1: no such commit in the repository (404)</source>
        <translation>%1: no existe ese commit en el repositorio (404)</translation>
    </message>
    <message>
        <source>%1: the comparison has no list of commits</source>
        <translation>%1: la comparación no incluye ninguna lista de commits</translation>
    </message>
</context>
<context>
    <name>HelmValuesImages</name>
    <message>
        <source>the values file leaves the repository</source>
        <translation>el archivo de values sale del repositorio</translation>
    </message>
    <message>
        <source>the values file does not exist</source>
        <translation>el archivo de values no existe</translation>
    </message>
    <message>
        <source>the values file leads out of the repository through a symbolic link</source>
        <translation>el archivo de values sale del repositorio a través de un enlace simbólico</translation>
    </message>
    <message>
        <source>the values file is not a regular file</source>
        <translation>el archivo de values no es un archivo normal</translation>
    </message>
    <message>
        <source>the values file is larger than %1 MiB</source>
        <translation>el archivo de values ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>cannot read the values file: %1</source>
        <translation>no se puede leer el archivo de values: %1</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>YAML mal formado: %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDelegate</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <source>current in %1</source>
        <translation>actual en %1</translation>
    </message>
    <message>
        <source>reverted by %1</source>
        <translation>revertido por %1</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <source>first pin</source>
        <translation>primera fijación</translation>
    </message>
    <message>
        <source>undoes %1</source>
        <translation>deshace %1</translation>
    </message>
    <message>
        <source>Roll back to this…</source>
        <translation>Volver a esta versión…</translation>
    </message>
    <message>
        <source>Roll back %1 in %2 to %3</source>
        <translation>Volver %1 en %2 a %3</translation>
    </message>
    <message>
        <source>Pin %1 in %2 again; you see the plan before anything is committed</source>
        <translation>Fijar de nuevo %1 en %2; verá el plan antes de que se haga ningún commit</translation>
    </message>
    <message>
        <source>Hide the change</source>
        <translation>Ocultar el cambio</translation>
    </message>
    <message>
        <source>Show the change</source>
        <translation>Mostrar el cambio</translation>
    </message>
    <message>
        <source>commit id</source>
        <translation>id del commit</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>%1 pins no tag of %2 now</source>
        <translation>%1 no fija ahora ninguna etiqueta de %2</translation>
    </message>
    <message>
        <source>%1 runs this version now</source>
        <translation>%1 ejecuta ahora esta versión</translation>
    </message>
    <message>
        <source>now %1 pins %2 (this entry: %3)</source>
        <translation>ahora %1 fija %2 (esta entrada: %3)</translation>
    </message>
    <message>
        <source>⚠ mutable tag</source>
        <translation>⚠ etiqueta mutable</translation>
    </message>
    <message>
        <source>pinned as %1 in %2</source>
        <translation>fijado como %1 en %2</translation>
    </message>
    <message>
        <source>pinned in %1</source>
        <translation>fijado en %1</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>kind of change</comment>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>CI bump</source>
        <comment>kind of change: CI set a new image tag</comment>
        <translation>Actualización de CI</translation>
    </message>
    <message>
        <source>Hand edit</source>
        <comment>kind of change</comment>
        <translation>Edición manual</translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>kind of change: a Git revert</comment>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>kind of change</comment>
        <translation>Vuelta atrás</translation>
    </message>
    <message>
        <source>Image Updater</source>
        <comment>kind of change: Argo CD Image Updater wrote a new tag</comment>
        <translation>Image Updater</translation>
    </message>
    <message>
        <source>images: entry</source>
        <translation>entrada images:</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifiesto</translation>
    </message>
    <message>
        <source>Image Updater write-back</source>
        <translation>write-back de Image Updater</translation>
    </message>
    <message>
        <source>Application override</source>
        <translation>sustitución en la Application</translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation>values de Helm</translation>
    </message>
    <message>
        <source>chart version</source>
        <translation>versión del chart</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 cambios</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 de %2 cambios</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>Show the history of this app</source>
        <translation>Mostrar el historial de esta app</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <source>Show the history of this environment</source>
        <translation>Mostrar el historial de este entorno</translation>
    </message>
    <message>
        <source>The history cannot be read</source>
        <translation>No se puede leer el historial</translation>
    </message>
    <message>
        <source>Promenade reads the history from the repository&apos;s Git log. Check that the folder is a Git repository with at least one commit, then try again.</source>
        <translation>Promenade lee el historial del log de Git del repositorio. Compruebe que la carpeta es un repositorio Git con al menos un commit y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No promotions yet</source>
        <translation>Aún no hay promociones</translation>
    </message>
    <message>
        <source>Promotions, CI bumps, hand edits and rollbacks of the apps&apos; overlays appear here as they are committed. Promote an app in the Pipeline view (Ctrl+1) to start the history.</source>
        <translation>Las promociones, actualizaciones de CI, ediciones manuales y vueltas atrás de los overlays de las apps aparecen aquí a medida que se hace commit de ellas. Promueva una app en la vista Pipeline (Ctrl+1) para empezar el historial.</translation>
    </message>
    <message>
        <source>Nothing in the history for this choice</source>
        <translation>No hay nada en el historial para esta selección</translation>
    </message>
    <message>
        <source>%1 has not changed in %2, and %2 has not promoted it.</source>
        <translation>%1 no ha cambiado en %2 ni se ha promovido desde %2.</translation>
    </message>
    <message>
        <source>No change matches the chosen app and environment.</source>
        <translation>Ningún cambio coincide con la app y el entorno elegidos.</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>the token expired or is invalid</source>
        <translation>el token ha caducado o no es válido</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>the server refused the request&apos;s content type</source>
        <translation>el servidor rechazó el tipo de contenido de la petición</translation>
    </message>
    <message>
        <source>the request was rejected</source>
        <translation>la petición fue rechazada</translation>
    </message>
    <message>
        <source>too many requests (rate limited)</source>
        <translation>demasiadas peticiones (límite alcanzado)</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la petición fue denegada</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>respuesta inesperada</translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation>; reintente dentro de %1 s</translation>
    </message>
    <message>
        <source>the answer is empty where JSON was expected</source>
        <translation>la respuesta está vacía donde se esperaba JSON</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation>la respuesta no es JSON válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a service and its address</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1: no answer before the deadline</source>
        <translation>%1: sin respuesta antes del plazo</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2, the most Promenade reads of one answer; not read</source>
        <translation>%1: la respuesta ocupa más de %2, el máximo que Promenade lee de una respuesta; no se ha leído</translation>
    </message>
    <message>
        <source>%1: no complete answer before the deadline (the server is too slow or never ends its answer)</source>
        <translation>%1: sin respuesta completa antes del plazo (el servidor es demasiado lento o nunca termina su respuesta)</translation>
    </message>
    <message>
        <source>%1: the server closed the connection before the answer was complete</source>
        <translation>%1: el servidor cerró la conexión antes de completar la respuesta</translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation>sin respuesta en %1 s (tiempo agotado)</translation>
    </message>
    <message>
        <source>the connection was refused (is the address right and the server running?)</source>
        <translation>se rechazó la conexión (¿es correcta la dirección y está funcionando el servidor?)</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>no se pudo resolver el nombre de host</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>el servidor cerró la conexión antes de completar la respuesta</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified (%1)</source>
        <translation>no se pudo verificar el certificado TLS del servidor (%1)</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>el proxy ha fallado (%1)</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>la conexión ha fallado (%1)</translation>
    </message>
</context>
<context>
    <name>ImagePinFinder</name>
    <message>
        <source>the file is outside the repository</source>
        <translation>el archivo está fuera del repositorio</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the path leaves the repository</source>
        <translation>la ruta sale del repositorio</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>no existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>the path leads out of the repository through a symbolic link</source>
        <translation>la ruta sale del repositorio a través de un enlace simbólico</translation>
    </message>
    <message>
        <source>not a regular file or folder</source>
        <translation>no es un archivo normal ni una carpeta</translation>
    </message>
    <message>
        <source>unable to find one of &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; or &apos;Kustomization&apos; in directory &apos;%1&apos;</source>
        <translation>no se encuentra ninguno de «kustomization.yaml», «kustomization.yml» o «Kustomization» en el directorio «%1»</translation>
    </message>
    <message>
        <source>invalid Kustomization: %1</source>
        <translation>Kustomization no válida: %1</translation>
    </message>
    <message>
        <source>the kustomization is empty</source>
        <translation>la kustomization está vacía</translation>
    </message>
    <message>
        <source>a kustomization file must hold one YAML document</source>
        <translation>un archivo kustomization debe contener un solo documento YAML</translation>
    </message>
    <message>
        <source>invalid Kustomization: the file must hold a mapping</source>
        <translation>Kustomization no válida: el archivo debe contener un mapping</translation>
    </message>
    <message>
        <source>invalid Kustomization: json: unknown field &quot;%1&quot;</source>
        <translation>Kustomization no válida: json: campo desconocido «%1»</translation>
    </message>
    <message>
        <source>invalid Kustomization: json: cannot unmarshal %1 into field %2 of type string</source>
        <translation>Kustomization no válida: json: no se puede convertir %1 en el campo %2 de tipo string</translation>
    </message>
    <message>
        <source>invalid Kustomization: &apos;%1&apos; must be a list</source>
        <translation>Kustomization no válida: «%1» debe ser una lista</translation>
    </message>
    <message>
        <source>invalid Kustomization: &apos;%1&apos; must be a mapping</source>
        <translation>Kustomization no válida: «%1» debe ser un mapping</translation>
    </message>
    <message>
        <source>kind should be Kustomization or Component</source>
        <translation>kind debe ser Kustomization o Component</translation>
    </message>
    <message>
        <source>invalid Kustomization: every entry of &apos;%1&apos; must be a mapping</source>
        <translation>Kustomization no válida: cada entrada de «%1» debe ser un mapping</translation>
    </message>
    <message>
        <source>must specify one of patch and path in %1</source>
        <translation>hay que indicar patch o path en %1</translation>
    </message>
    <message>
        <source>patch and path can&apos;t be set at the same time in %1</source>
        <translation>patch y path no pueden indicarse a la vez en %1</translation>
    </message>
    <message>
        <source>must specify a target for JSON patch in %1</source>
        <translation>hay que indicar un target para el JSON patch en %1</translation>
    </message>
    <message>
        <source>invalid Kustomization: every entry of &apos;images&apos; must be a mapping</source>
        <translation>Kustomization no válida: cada entrada de «images» debe ser un mapping</translation>
    </message>
    <message>
        <source>%1: the images of Helm charts inflated by kustomize (%2) are not listed</source>
        <translation>%1: no se enumeran las imágenes de los charts de Helm que infla kustomize (%2)</translation>
    </message>
    <message>
        <source>%1: kustomize plugins (%2) are not run: images they set are not seen</source>
        <translation>%1: los plugins de kustomize (%2) no se ejecutan: no se ven las imágenes que establecen</translation>
    </message>
    <message>
        <source>accumulating resources from &apos;%1&apos;: %2</source>
        <translation>acumulando recursos de «%1»: %2</translation>
    </message>
    <message>
        <source>%1:%2: remote resource &apos;%3&apos; not read: its images are not listed</source>
        <translation>%1:%2: recurso remoto «%3» no leído: no se enumeran sus imágenes</translation>
    </message>
    <message>
        <source>cycle: the folder includes itself</source>
        <translation>ciclo: la carpeta se incluye a sí misma</translation>
    </message>
    <message>
        <source>expected kind != &apos;Component&apos; for path &apos;%1&apos;</source>
        <translation>se esperaba kind != «Component» para la ruta «%1»</translation>
    </message>
    <message>
        <source>security; file &apos;%1&apos; is not in or below &apos;%2&apos;</source>
        <translation>seguridad: el archivo «%1» no está en «%2» ni por debajo</translation>
    </message>
    <message>
        <source>accumulating components from &apos;%1&apos;: %2</source>
        <translation>acumulando componentes de «%1»: %2</translation>
    </message>
    <message>
        <source>%1:%2: remote component &apos;%3&apos; not read</source>
        <translation>%1:%2: componente remoto «%3» no leído</translation>
    </message>
    <message>
        <source>a component must be a folder</source>
        <translation>un componente debe ser una carpeta</translation>
    </message>
    <message>
        <source>apiVersion for Component should be kustomize.config.k8s.io/v1alpha1 and kind Component</source>
        <translation>apiVersion para Component debe ser kustomize.config.k8s.io/v1alpha1 y kind Component</translation>
    </message>
    <message>
        <source>failed to get the patch file from path(%1): %2</source>
        <translation>no se pudo obtener el archivo de patch de path(%1): %2</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>es un directorio</translation>
    </message>
    <message>
        <source>must specify a target for JSON patch</source>
        <translation>hay que indicar un target para el JSON patch</translation>
    </message>
    <message>
        <source>Multiple Strategic-Merge Patches in one patches entry is not allowed to set patches.target field</source>
        <translation>varios Strategic-Merge Patches en una entrada de patches no pueden establecer el campo patches.target</translation>
    </message>
    <message>
        <source>unable to parse SM or JSON patch</source>
        <translation>no se puede analizar el patch SM o JSON</translation>
    </message>
    <message>
        <source>unable to find patch target: %1</source>
        <translation>no se encuentra el destino del patch: %1</translation>
    </message>
    <message>
        <source>no resource matches strategic merge patch &quot;%1&quot;</source>
        <translation>ningún recurso coincide con el strategic merge patch «%1»</translation>
    </message>
    <message>
        <source>multiple resources match strategic merge patch &quot;%1&quot;</source>
        <translation>varios recursos coinciden con el strategic merge patch «%1»</translation>
    </message>
    <message>
        <source>%1:%2: the image override &apos;%3&apos; is not [name=]repository[:tag][@digest]: ignored</source>
        <translation>%1:%2: la sustitución de imagen «%3» no es [name=]repository[:tag][@digest]: se ignora</translation>
    </message>
    <message>
        <source>the repository folder does not exist</source>
        <translation>la carpeta del repositorio no existe</translation>
    </message>
    <message>
        <source>the source folder &apos;%1&apos;: %2</source>
        <translation>la carpeta de origen «%1»: %2</translation>
    </message>
    <message>
        <source>the source &apos;%1&apos; is not a folder</source>
        <translation>el origen «%1» no es una carpeta</translation>
    </message>
</context>
<context>
    <name>InfrastructureListModel</name>
    <message>
        <source>not ready: %1</source>
        <translation>no está listo: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation>caduca hoy (%1)</translation>
    </message>
    <message>
        <source>expires tomorrow (%1)</source>
        <translation>caduca mañana (%1)</translation>
    </message>
    <message>
        <source>expires in %1 days (%2)</source>
        <translation>caduca dentro de %1 días (%2)</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Chart de Helm</translation>
    </message>
    <message>
        <source>synced · healthy</source>
        <translation>synced · healthy</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>running %1 · %2</source>
        <translation>ejecuta %1 · %2</translation>
    </message>
</context>
<context>
    <name>Kubernetes</name>
    <message>
        <source>%1: %2 is not valid base64</source>
        <translation>%1: %2 no es base64 válido</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (%3)</source>
        <translation>%1: no se puede leer %2 (%3)</translation>
    </message>
    <message>
        <source>its output is not ExecCredential JSON (%1)</source>
        <translation>su salida no es JSON de ExecCredential (%1)</translation>
    </message>
    <message>
        <source>its output is not an ExecCredential</source>
        <translation>su salida no es un ExecCredential</translation>
    </message>
    <message>
        <source>its ExecCredential carries neither a token nor a client certificate</source>
        <translation>su ExecCredential no incluye ni un token ni un certificado de cliente</translation>
    </message>
    <message>
        <source>the kubeconfig cannot be read (%1)</source>
        <translation>no se puede leer el kubeconfig (%1)</translation>
    </message>
    <message>
        <source>a kubeconfig must be a YAML mapping</source>
        <translation>un kubeconfig debe ser un mapping de YAML</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>clúster «%1»</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>usuario «%1»</translation>
    </message>
    <message>
        <source>%1: exec has no command</source>
        <translation>%1: exec no tiene ningún comando</translation>
    </message>
    <message>
        <source>the kubeconfig is not valid YAML: %1</source>
        <translation>el kubeconfig no es YAML válido: %1</translation>
    </message>
    <message>
        <source>no kubeconfig found (KUBECONFIG is empty and ~/.kube/config does not exist)</source>
        <translation>no se encontró ningún kubeconfig (KUBECONFIG está vacío y ~/.kube/config no existe)</translation>
    </message>
    <message>
        <source>no current context is set; choose one of: %1</source>
        <translation>no hay ningún contexto actual; elija uno de: %1</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found</source>
        <translation>no se encontró el contexto «%1»</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which is not defined</source>
        <translation>el contexto «%1» nombra el clúster «%2», que no está definido</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation>el clúster «%1» no tiene servidor</translation>
    </message>
    <message>
        <source>Kubernetes cluster %1</source>
        <translation>clúster de Kubernetes %1</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not a URL</source>
        <translation>clúster «%1»: el servidor «%2» no es una URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>clúster «%1»: certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority is not a PEM certificate</source>
        <translation>clúster «%1»: la autoridad de certificación no es un certificado PEM</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which is not defined</source>
        <translation>el contexto «%1» nombra el usuario «%2», que no está definido</translation>
    </message>
    <message>
        <source>%1: the client certificate or key cannot be read as PEM</source>
        <translation>%1: el certificado de cliente o la clave no se pueden leer como PEM</translation>
    </message>
    <message>
        <source>%1: the legacy auth-provider &quot;%2&quot; is not supported; use an exec credential plugin</source>
        <translation>%1: el auth-provider antiguo «%2» no está soportado; use un plugin de credenciales exec</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401) (credential plugin &quot;%2&quot;)</source>
        <translation>%1: el token ha caducado o no es válido (401) (plugin de credenciales «%2»)</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: el token ha caducado o no es válido (401)</translation>
    </message>
    <message>
        <source>%1: the credential plugin &quot;%2&quot;</source>
        <translation>%1: el plugin de credenciales «%2»</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>no se encontró %1</translation>
    </message>
    <message>
        <source>%1 needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal, or use a token</source>
        <translation>%1 necesita un terminal interactivo (interactiveMode: Always); ejecute kubectl una vez en un terminal o use un token</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 no terminó en %2 s</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 ha fallado (código de salida %2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 returned an unreadable client certificate</source>
        <translation>%1 devolvió un certificado de cliente ilegible</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>cert-manager is not installed on %1 (%2): the API group cert-manager.io/v1 is missing</source>
        <translation>cert-manager no está instalado en %1 (%2): falta el grupo de API cert-manager.io/v1</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message numerus="yes">
        <source>certificates of %n Application(s) were not looked up: at most %1 resource trees are asked of Argo CD per refresh</source>
        <translation>
            <numerusform>no se consultaron los certificados de %n Application: se piden a Argo CD como máximo %1 árboles de recursos por actualización</numerusform>
            <numerusform>no se consultaron los certificados de %n Applications: se piden a Argo CD como máximo %1 árboles de recursos por actualización</numerusform>
        </translation>
    </message>
    <message>
        <source>the status is incomplete: no answer from %1 within the %2 s deadline</source>
        <translation>el estado está incompleto: sin respuesta de %1 dentro del plazo de %2 s</translation>
    </message>
    <message>
        <source>the services</source>
        <translation>los servicios</translation>
    </message>
    <message>
        <source>rendering the overlays</source>
        <translation>renderizado de los overlays</translation>
    </message>
    <message>
        <source>no Argo CD is configured (endpoints.argocd in promenade.yaml): what runs is unknown</source>
        <translation>no hay ningún Argo CD configurado (endpoints.argocd en promenade.yaml): se desconoce qué se ejecuta</translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (the insecure option in the settings)</source>
        <translation>la verificación TLS está desactivada para %1 (opción «Omitir la comprobación TLS» de los ajustes)</translation>
    </message>
    <message>
        <source>certificates of %1: %2</source>
        <translation>certificados de %1: %2</translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (insecure-skip-tls-verify in the kubeconfig)</source>
        <translation>la verificación TLS está desactivada para %1 (insecure-skip-tls-verify en el kubeconfig)</translation>
    </message>
    <message>
        <source>the certificates of Application %1 are unknown: %2</source>
        <translation>se desconocen los certificados de la Application %1: %2</translation>
    </message>
    <message>
        <source>Registry %1: %2 (asked through the mirror %3)</source>
        <translation>Registro %1: %2 (consultado a través del espejo %3)</translation>
    </message>
    <message>
        <source>Registry %1 (through the mirror %2)</source>
        <translation>Registro %1 (a través del espejo %2)</translation>
    </message>
    <message>
        <source>%1 has %2 tags or more: only the first %2 (%3 pages) were listed, the newest build may be among the others</source>
        <translation>%1 tiene %2 etiquetas o más: solo se listaron las primeras %2 (%3 páginas); la build más reciente puede estar entre las demás</translation>
    </message>
    <message numerus="yes">
        <source>the Issuers of %n namespace(s) of %1 were not looked up: at most %2 namespaces are asked per cluster</source>
        <translation>
            <numerusform>no se consultaron los Issuers de %n espacio de nombres de %1: se consultan como máximo %2 espacios de nombres por clúster</numerusform>
            <numerusform>no se consultaron los Issuers de %n espacios de nombres de %1: se consultan como máximo %2 espacios de nombres por clúster</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuers of namespace %1 on %2: %3</source>
        <translation>Issuers del espacio de nombres %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 lists no Application deploying %2 in %3 (%4): none deploys it, or the token may not see it</source>
        <translation>%1 no lista ninguna Application que despliegue %2 en %3 (%4): ninguna lo despliega, o el token no puede verla</translation>
    </message>
    <message>
        <source>no overlay</source>
        <translation>sin overlay</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Promenade</source>
        <translation>%1 — Promenade</translation>
    </message>
    <message>
        <source>Promenade</source>
        <translation>Promenade</translation>
    </message>
    <message>
        <source>Open a GitOps repository</source>
        <translation>Abrir un repositorio GitOps</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation>Recargar el repositorio</translation>
    </message>
    <message>
        <source>Open a repository</source>
        <translation>Abrir un repositorio</translation>
    </message>
    <message>
        <source>This folder cannot be opened as a GitOps repository</source>
        <translation>Esta carpeta no se puede abrir como repositorio GitOps</translation>
    </message>
    <message>
        <source>Choose the root folder of a Kustomize + Argo CD repository (or any folder inside it), or open the demo to see the layout Promenade expects.</source>
        <translation>Elija la carpeta raíz de un repositorio de Kustomize + Argo CD (o cualquier carpeta dentro de ella), o abra la demo para ver la estructura que espera Promenade.</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>Abrir otra carpeta…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>Export the pipeline</source>
        <translation>Exportar el pipeline</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image; try SVG instead.</source>
        <translation>No se pudo capturar el pipeline como imagen; pruebe con SVG.</translation>
    </message>
    <message>
        <source>asking the services…</source>
        <translation>consultando los servicios…</translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation>Salir de la presentación (Esc)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Presentation Mode (F5)</source>
        <translation>Modo presentación (F5)</translation>
    </message>
    <message>
        <source>Export Pipeline as PNG… (Ctrl+E)</source>
        <translation>Exportar el pipeline como PNG… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export Pipeline as SVG…</source>
        <translation>Exportar el pipeline como SVG…</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Open, open recent, clone, settings and keyboard shortcuts</source>
        <translation>Abrir, abrir recientes, clonar, ajustes y atajos de teclado</translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation>Clonar desde una URL…</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Clonar un repositorio desde una URL</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>badge: the window shows the demo</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open…</source>
        <comment>open a repository folder</comment>
        <translation>Abrir…</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>the file was truncated while it was being read</source>
        <translation>el archivo se truncó mientras se leía</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>no desplegado</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>ejecuta %1</translation>
    </message>
    <message>
        <source>synced · healthy</source>
        <translation>Synced · Healthy</translation>
    </message>
    <message>
        <source>↑ promote</source>
        <comment>a button: promote this version to the next environment</comment>
        <translation>↑ promover</translation>
    </message>
    <message>
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
        <translation>más reciente %1</translation>
    </message>
    <message>
        <source>Promote %1 to %2</source>
        <translation>Promover %1 a %2</translation>
    </message>
    <message>
        <source>Ships: %1</source>
        <translation>Incluye: %1</translation>
    </message>
    <message>
        <source>Ships: asking the source…</source>
        <translation>Incluye: consultando el origen…</translation>
    </message>
    <message>
        <source>mutable</source>
        <comment>a badge: the pinned tag (latest, a branch name) can move</comment>
        <translation>mutable</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>a badge: this row is a Helm chart, not an app</comment>
        <translation>chart</translation>
    </message>
</context>
<context>
    <name>MatrixDrawing</name>
    <message>
        <source>declared state only: no live status</source>
        <translation>solo el estado declarado: sin estado en vivo</translation>
    </message>
    <message>
        <source>%1 of %2 apps: those whose environments differ or need attention</source>
        <translation>%1 de %2 apps: aquellas cuyos entornos difieren o requieren atención</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 apps</translation>
    </message>
    <message>
        <source>Every environment declares the same versions, synced and healthy.</source>
        <translation>Todos los entornos declaran las mismas versiones, Synced y Healthy.</translation>
    </message>
    <message>
        <source>synced and healthy</source>
        <translation>Synced y Healthy</translation>
    </message>
    <message>
        <source>out of sync or progressing</source>
        <translation>OutOfSync o Progressing</translation>
    </message>
    <message>
        <source>degraded or missing</source>
        <translation>Degraded o Missing</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation>listo para promover</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>desviación</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>APLICACIÓN</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Filter apps by name (Ctrl+F)</source>
        <translation>Filtrar apps por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>Filtrar apps por nombre</translation>
    </message>
    <message>
        <source>%1 of %2 apps</source>
        <translation>%1 de %2 apps</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 app</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 apps</translation>
    </message>
    <message>
        <source>What the overlays declare; no live status (name the Argo CD endpoints in promenade.yaml to see what runs)</source>
        <translation>Lo que declaran los overlays; sin estado en vivo (indique los endpoints de Argo CD en promenade.yaml para ver qué se ejecuta)</translation>
    </message>
    <message>
        <source>↑ 1 cell ready to promote</source>
        <translation>↑ 1 celda lista para promover</translation>
    </message>
    <message>
        <source>↑ %1 cells ready to promote</source>
        <translation>↑ %1 celdas listas para promover</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Apps by environment</source>
        <translation>Apps por entorno</translation>
    </message>
    <message>
        <source>No app matches “%1”</source>
        <translation>Ninguna app coincide con «%1»</translation>
    </message>
    <message>
        <source>Loading the live status…</source>
        <translation>Cargando el estado en vivo…</translation>
    </message>
    <message>
        <source>Show:</source>
        <comment>the matrix&apos;s state filter</comment>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>Out of sync</source>
        <translation>OutOfSync</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueadas</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a state filter: its name · how many apps</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select All Ready</source>
        <translation>Seleccionar todas las celdas listas</translation>
    </message>
    <message>
        <source>Promote %1 Selected…</source>
        <translation>Promover las %1 seleccionadas…</translation>
    </message>
    <message>
        <source>Promote Selected…</source>
        <translation>Promover la selección…</translation>
    </message>
    <message>
        <source>No app is in this state</source>
        <translation>Ninguna app está en este estado</translation>
    </message>
    <message>
        <source>A click selects a cell (Ctrl+click adds, Shift+click a range); arrow keys move; Enter promotes what is selected and marked “↑ promote”.</source>
        <translation>Un clic selecciona una celda (Ctrl+clic añade, Mayús+clic un rango); las flechas mueven la selección; Intro promueve lo que está seleccionado y marcado con «↑ promover».</translation>
    </message>
    <message>
        <source>Copy Tag %1</source>
        <translation>Copiar la etiqueta %1</translation>
    </message>
    <message>
        <source>Copy Image Reference</source>
        <translation>Copiar la referencia de la imagen</translation>
    </message>
    <message>
        <source>Open Image in Browser</source>
        <translation>Abrir la imagen en el navegador</translation>
    </message>
    <message>
        <source>Promote from %1…</source>
        <translation>Promover desde %1…</translation>
    </message>
    <message>
        <source>, 1 chart</source>
        <translation>, 1 chart</translation>
    </message>
    <message>
        <source>, %1 charts</source>
        <translation>, %1 charts</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Squash and merge</source>
        <translation>Fusionar con squash</translation>
    </message>
    <message>
        <source>Rebase and merge</source>
        <translation>Fusionar con rebase</translation>
    </message>
    <message>
        <source>Merge commit</source>
        <translation>Commit de fusión</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>how the pull request is merged</comment>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>One commit on the base branch: “%1 (#%2)”</source>
        <translation>Un commit en la rama base: «%1 (#%2)»</translation>
    </message>
    <message>
        <source>The promotion&apos;s commit replayed on the base branch as it is (its summary does not name #%1)</source>
        <translation>El commit de la promoción, reaplicado tal cual en la rama base (su resumen no menciona #%1)</translation>
    </message>
    <message>
        <source>A merge commit: “Merge pull request #%1 from …”</source>
        <translation>Un commit de fusión: «Merge pull request #%1 from …»</translation>
    </message>
    <message>
        <source>Pull request #%1 has checks that have not passed:</source>
        <translation>El pull request #%1 tiene checks que no se han superado:</translation>
    </message>
    <message>
        <source>Merging now deploys it to %1 without their verdict.</source>
        <translation>Si lo fusiona ahora, se despliega en %1 sin su veredicto.</translation>
    </message>
    <message>
        <source>Wait for the Checks</source>
        <translation>Esperar a los checks</translation>
    </message>
    <message>
        <source>Merge Anyway</source>
        <translation>Fusionar de todos modos</translation>
    </message>
    <message>
        <source>Merge pull request #%1 anyway</source>
        <translation>Fusionar el pull request #%1 de todos modos</translation>
    </message>
</context>
<context>
    <name>MutableTag</name>
    <message>
        <source>The tag %1 has moved in the registry: it is not one build. Pin the digest.</source>
        <translation>La etiqueta %1 ha cambiado en el registro: no corresponde a un único build. Fije el digest.</translation>
    </message>
    <message>
        <source>The tag %1 has moved in the registry (now %2): it is not one build. Pin the digest.</source>
        <translation>La etiqueta %1 ha cambiado en el registro (ahora %2): no corresponde a un único build. Fije el digest.</translation>
    </message>
    <message>
        <source>Pinned to the mutable tag latest: a restart may run another build. Pin the digest.</source>
        <translation>Fijado a la etiqueta mutable latest: un reinicio puede ejecutar otro build. Fije el digest.</translation>
    </message>
    <message>
        <source>Pinned to %1, a branch name: the tag moves with every build. Pin the digest.</source>
        <translation>Fijado a %1, un nombre de rama: la etiqueta cambia con cada build. Fije el digest.</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Making the demo repository…</source>
        <translation>Creando el repositorio de la demo…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening the repository…</source>
        <translation>Abriendo el repositorio…</translation>
    </message>
    <message>
        <source>Reading its environments, apps and overlays; the live status follows.</source>
        <translation>Leyendo sus entornos, apps y overlays; el estado en vivo llegará después.</translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>promenade.yaml must be a mapping</source>
        <translation>promenade.yaml debe ser un mapping</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>&apos;environments&apos; must be a list</source>
        <translation>«environments» debe ser una lista</translation>
    </message>
    <message>
        <source>&apos;clusters&apos; must be a list of names</source>
        <translation>«clusters» debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>&apos;promotion&apos; must be commit or pull-request, not &apos;%1&apos;</source>
        <translation>«promotion» debe ser commit o pull-request, no «%1»</translation>
    </message>
    <message>
        <source>every environment needs a name</source>
        <translation>cada entorno necesita un nombre</translation>
    </message>
    <message>
        <source>&apos;apps&apos; must be a list</source>
        <translation>«apps» debe ser una lista</translation>
    </message>
    <message>
        <source>every app needs a name</source>
        <translation>cada app necesita un nombre</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a Git URL or {url, path}</source>
        <translation>«source» debe ser una URL de Git o {url, path}</translation>
    </message>
    <message>
        <source>&apos;endpoints&apos; must be a mapping</source>
        <translation>«endpoints» debe ser un mapping</translation>
    </message>
    <message>
        <source>every Argo CD endpoint needs a url</source>
        <translation>cada endpoint de Argo CD necesita una url</translation>
    </message>
    <message>
        <source>&apos;endpoints.argocd&apos; must be a URL or a list of {url, clusters}</source>
        <translation>«endpoints.argocd» debe ser una URL o una lista de {url, clusters}</translation>
    </message>
    <message>
        <source>&apos;endpoints.registries&apos; must map registry hosts to URLs</source>
        <translation>«endpoints.registries» debe asociar hosts de registro con URL</translation>
    </message>
    <message>
        <source>&apos;endpoints.clusters&apos; must map cluster names to {context}</source>
        <translation>«endpoints.clusters» debe asociar nombres de clúster con {context}</translation>
    </message>
    <message>
        <source>&apos;endpoints.github&apos; must be a mapping (repository, url)</source>
        <translation>«endpoints.github» debe ser un mapping (repository, url)</translation>
    </message>
    <message>
        <source>&apos;repository&apos; must be OWNER/NAME</source>
        <translation>«repository» debe ser OWNER/NAME</translation>
    </message>
    <message>
        <source>&apos;diff&apos; must be a mapping (ignore)</source>
        <translation>«diff» debe ser un mapping (ignore)</translation>
    </message>
    <message>
        <source>unknown field &apos;diff.%1&apos;</source>
        <translation>campo desconocido «diff.%1»</translation>
    </message>
    <message>
        <source>&apos;diff.ignore&apos; must be a list of field paths</source>
        <translation>«diff.ignore» debe ser una lista de rutas de campo</translation>
    </message>
    <message>
        <source>every entry of &apos;diff.ignore&apos; must be a field path, such as metadata.labels.env</source>
        <translation>cada entrada de «diff.ignore» debe ser una ruta de campo, como metadata.labels.env</translation>
    </message>
</context>
<context>
    <name>PipelineController</name>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 inaccesible</translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 rechazó las credenciales</translation>
    </message>
    <message>
        <source>still loading: %1</source>
        <translation>aún cargando: %1</translation>
    </message>
</context>
<context>
    <name>PipelineDrawing</name>
    <message>
        <source>declared state only: no live status</source>
        <translation>solo el estado declarado: sin estado en vivo</translation>
    </message>
    <message>
        <source>Promotion pipeline</source>
        <translation>Pipeline de promoción</translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation>1 entorno</translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation>%1 entornos</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 app</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 apps</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 clúster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clústeres</translation>
    </message>
    <message>
        <source>No environments were found in this repository.</source>
        <translation>No se encontró ningún entorno en este repositorio.</translation>
    </message>
    <message>
        <source>Drawn by Promenade %1 on %2</source>
        <translation>Dibujado por Promenade %1 el %2</translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation>mediante pull request</translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation>commit directo</translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation>ningún clúster apunta a este overlay</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>no applications</source>
        <translation>sin aplicaciones</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation>%1 (no fijado por el overlay)</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>ejecuta %1</translation>
    </message>
    <message>
        <source>what runs is not known</source>
        <translation>se desconoce qué se ejecuta</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation>caduca dentro de 1 día</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>caduca dentro de %1 días</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>espacio de nombres %1</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>emisor %1</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>pull request</source>
        <translation>pull request</translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation>listo para promover</translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation>promover</translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation>commit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no está listo</translation>
    </message>
</context>
<context>
    <name>PipelineExporter</name>
    <message>
        <source>Open a repository first: there is no pipeline to export.</source>
        <translation>Abra primero un repositorio: no hay ningún pipeline que exportar.</translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image.</source>
        <translation>No se pudo capturar el pipeline como imagen.</translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation>Todavía se está escribiendo una exportación; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
</context>
<context>
    <name>PipelineSnapshot</name>
    <message>
        <source>Promotion pipeline · %1 environments · %2 apps</source>
        <translation>Pipeline de promoción · %1 entornos · %2 apps</translation>
    </message>
    <message>
        <source>declared state only: no live status</source>
        <translation>solo el estado declarado: sin estado en vivo</translation>
    </message>
</context>
<context>
    <name>PipelineSvgExporter</name>
    <message>
        <source>%1 — promotion pipeline</source>
        <translation>%1 — pipeline de promoción</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>no se pudo codificar el PNG</translation>
    </message>
    <message>
        <source>the SVG drawing could not be made</source>
        <translation>no se pudo crear el dibujo SVG</translation>
    </message>
    <message>
        <source>the picture is too large to draw as PNG (use SVG)</source>
        <translation>la imagen es demasiado grande para PNG (use SVG)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>no se puede escribir el archivo (%1)</translation>
    </message>
    <message>
        <source>the picture would be %1×%2 pixels, more than a slide can show (at most %3 pixels a side): draw the compact matrix, only the apps that differ between environments, or SVG</source>
        <translation>la imagen tendría %1×%2 píxeles, más de lo que puede mostrar una diapositiva (como máximo %3 píxeles por lado): dibuje la matriz compacta, solo con las apps que difieren entre entornos, o use SVG</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Promotion pipeline</source>
        <translation>Pipeline de promoción</translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation>1 entorno</translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation>%1 entornos</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 app</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 apps</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 clúster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clústeres</translation>
    </message>
    <message>
        <source>live · asking…</source>
        <translation>en vivo · consultando…</translation>
    </message>
    <message>
        <source>live · %1</source>
        <translation>en vivo · %1</translation>
    </message>
    <message>
        <source>What Promenade knew when it last reached the services; it is replaced as soon as they answer.</source>
        <translation>Lo que Promenade sabía la última vez que llegó a los servicios; se sustituye en cuanto respondan.</translation>
    </message>
    <message>
        <source>The last status that could be fetched; Promenade keeps asking.</source>
        <translation>El último estado que se pudo obtener; Promenade sigue preguntando.</translation>
    </message>
    <message>
        <source>Environments as cards, joined by promotions (Ctrl+M switches)</source>
        <translation>Entornos como tarjetas, unidos por promociones (Ctrl+M cambia)</translation>
    </message>
    <message>
        <source>Apps × environments, for many apps (Ctrl+M switches)</source>
        <translation>Apps × entornos, para muchas apps (Ctrl+M cambia)</translation>
    </message>
    <message>
        <source>Graph</source>
        <comment>show the pipeline as a graph</comment>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Matrix</source>
        <comment>show the pipeline as a table of apps and environments</comment>
        <translation>Matriz</translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>the file changed since the promotion was planned; plan it again</source>
        <translation>el archivo ha cambiado desde que se planificó la promoción; vuelva a planificarla</translation>
    </message>
    <message>
        <source>Committing %1…</source>
        <translation>Haciendo commit de %1…</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>Haciendo push de %1 a %2…</translation>
    </message>
    <message>
        <source>%1 moved on while promoting, %2 times; the promotion is committed locally as %3</source>
        <translation>%1 avanzó durante la promoción, %2 veces; la promoción tiene commit local como %3</translation>
    </message>
    <message>
        <source>%1 moved on; fetching and planning again…</source>
        <translation>%1 ha avanzado; haciendo fetch y planificando de nuevo…</translation>
    </message>
    <message>
        <source>%1 had moved on: the first attempt is kept on %2; re-planned on %3</source>
        <translation>%1 había avanzado: el primer intento se conserva en %2; replanificado sobre %3</translation>
    </message>
    <message>
        <source>after %1 moved on, the promotion no longer applies: %2</source>
        <translation>tras avanzar %1, la promoción ya no procede: %2</translation>
    </message>
    <message>
        <source>another promotion already set %1 %2 to %3; nothing left to do</source>
        <translation>otra promoción ya puso %1 %2 a %3; no queda nada por hacer</translation>
    </message>
    <message>
        <source>the branch %1 exists already; a pull request for this promotion may be open</source>
        <translation>la rama %1 ya existe; puede que haya un pull request abierto para esta promoción</translation>
    </message>
    <message>
        <source>Committing %1 on %2…</source>
        <translation>Haciendo commit de %1 en %2…</translation>
    </message>
    <message>
        <source>the promotion is committed on the local branch %1</source>
        <translation>la promoción tiene commit en la rama local %1</translation>
    </message>
    <message>
        <source>cannot tell which GitHub repository the pull request is in: origin is not on github.com; set endpoints.github.repository in promenade.yaml</source>
        <translation>no se sabe en qué repositorio de GitHub está el pull request: origin no está en github.com; configure endpoints.github.repository en promenade.yaml</translation>
    </message>
    <message>
        <source>no GitHub token for %1: set GITHUB_TOKEN, log in with `gh auth login`, or enter a token in Settings</source>
        <translation>no hay token de GitHub para %1: configure GITHUB_TOKEN, inicie sesión con `gh auth login` o introduzca un token en Ajustes</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>proceso %1 en %2</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>un host desconocido</translation>
    </message>
    <message>
        <source>the file was committed since the promotion was planned; plan it again</source>
        <translation>el archivo recibió un commit después de planificar la promoción; vuelva a planificarla</translation>
    </message>
    <message>
        <source>%1 is in progress in this clone: finish it or abort it before promoting</source>
        <translation>hay %1 en curso en este clon: termínelo o cancélelo antes de promover</translation>
    </message>
    <message>
        <source>%1; the promotion is committed locally as %2 and not pushed</source>
        <translation>%1; la promoción tiene commit local como %2 y no se ha hecho push</translation>
    </message>
    <message>
        <source>A promotion lock left by %1, which no longer runs, was removed</source>
        <translation>Se ha eliminado un bloqueo de promoción dejado por %1, que ya no se ejecuta</translation>
    </message>
    <message>
        <source>another promotion is running in this clone (%1, since %2 UTC): wait for it to end; if no promotion is running, remove %3</source>
        <translation>ya hay otra promoción en curso en este clon (%1, desde las %2 UTC): espere a que termine; si no hay ninguna promoción en curso, elimine %3</translation>
    </message>
    <message>
        <source>its process is unknown</source>
        <translation>se desconoce su proceso</translation>
    </message>
    <message>
        <source>cannot create the promotion lock: permission denied</source>
        <translation>no se puede crear el bloqueo de promoción: permiso denegado</translation>
    </message>
    <message>
        <source>cannot create the promotion lock</source>
        <translation>no se puede crear el bloqueo de promoción</translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation>no hay ninguna app llamada «%1» (el repositorio tiene: %2)</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation>no hay ningún entorno llamado «%1» (el repositorio tiene: %2)</translation>
    </message>
    <message>
        <source>promote needs two different environments, not %1 twice</source>
        <translation>para promover se necesitan dos entornos distintos, no %1 dos veces</translation>
    </message>
    <message>
        <source>%1 does not run %2, so there is nothing to promote from it</source>
        <translation>%1 no ejecuta %2, así que no hay nada que promover desde allí</translation>
    </message>
    <message>
        <source>a tag is needed (--tag, or --image NAME=TAG)</source>
        <translation>se necesita una etiqueta (--tag, o --image NAME=TAG)</translation>
    </message>
    <message>
        <source>%1 has no overlay for %2</source>
        <translation>%1 no tiene overlay para %2</translation>
    </message>
    <message>
        <source>%1 is not a valid Git branch name (made of the app, the environment and the tag): rename them, or land the change with --commit</source>
        <translation>%1 no es un nombre de rama de Git válido (formado por la app, el entorno y la etiqueta): cámbieles el nombre o aplique el cambio con --commit</translation>
    </message>
    <message>
        <source>Preview renders</source>
        <translation>La vista previa se genera</translation>
    </message>
    <message>
        <source>the change cannot be rendered: %1</source>
        <translation>no se puede renderizar el cambio: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>the file changed since the change was planned; plan it again</source>
        <translation>el archivo ha cambiado desde que se planificó el cambio; vuelva a planificarlo</translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation>Abriendo el pull request…</translation>
    </message>
    <message>
        <source>%1 is pushed, but the pull request could not be opened: %2</source>
        <translation>se ha hecho push de %1, pero no se pudo abrir el pull request: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag: a tag is 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and does not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>«%1» no es una etiqueta de imagen válida: una etiqueta tiene de 1 a 128 letras, dígitos, «_», «.» y «-», y no empieza por «.» ni «-»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image digest: expected sha256: and 64 lower-case hex digits</source>
        <translation>«%1» no es un digest de imagen válido: se esperaba sha256: y 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image digest: expected sha512: and 128 lower-case hex digits</source>
        <translation>«%1» no es un digest de imagen válido: se esperaba sha512: y 128 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid chart version: Helm charts use semantic versions such as 1.4.2 or 2.0.0-rc.1</source>
        <translation>«%1» no es una versión de chart válida: los charts de Helm usan versiones semánticas como 1.4.2 o 2.0.0-rc.1</translation>
    </message>
    <message>
        <source>%1; and the file could not be restored (%2): %3 is left edited, restore it with `git checkout -- %3`</source>
        <translation>%1; y el archivo no se pudo restaurar (%2): %3 queda editado, restáurelo con `git checkout -- %3`</translation>
    </message>
    <message>
        <source>%1; and switching back to %2 failed (%3): the work tree is left on %4, switch back with `git checkout %2` once the files named are dealt with</source>
        <translation>%1; y no se pudo volver a %2 (%3): el árbol de trabajo queda en %4, vuelva con `git checkout %2` cuando haya resuelto los archivos indicados</translation>
    </message>
    <message>
        <source>%1 (the branch %2 is left without the promotion: delete it with `git branch -D %2`)</source>
        <translation>%1 (la rama %2 queda sin la promoción: elimínela con `git branch -D %2`)</translation>
    </message>
    <message>
        <source>the promotion is committed as %1 on %2 and pushed</source>
        <translation>la promoción tiene commit como %1 en %2 y se ha hecho push</translation>
    </message>
    <message>
        <source>the promotion is committed as %1 on %2</source>
        <translation>la promoción tiene commit como %1 en %2</translation>
    </message>
    <message>
        <source>nothing to promote</source>
        <translation>no hay nada que promover</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>promotions approved together must go into one environment (%1 goes to %2, %3 to %4): promote one environment at a time</source>
        <translation>las promociones aprobadas juntas deben ir a un solo entorno (%1 va a %2, %3 a %4): promueva un entorno cada vez</translation>
    </message>
    <message>
        <source>%1 was planned on another version of %2; plan it again</source>
        <translation>%1 se planificó sobre otra versión de %2; vuelva a planificar la promoción</translation>
    </message>
    <message>
        <source>%1 and %2 change the same lines; promote them one at a time</source>
        <translation>%1 y %2 cambian las mismas líneas; promuévalas de una en una</translation>
    </message>
    <message>
        <source>the checks could not be read: %1</source>
        <translation>no se pudieron leer los checks: %1</translation>
    </message>
    <message>
        <source>pull request #%1 has checks that have not passed: %2; confirm to merge it anyway</source>
        <translation>el pull request #%1 tiene checks que no se han superado: %2; confirme para fusionarlo de todos modos</translation>
    </message>
    <message>
        <source>the target pins a digest, and the digest of %1 is not known: pin it by hand</source>
        <translation>el destino fija un digest y se desconoce el digest de %1: fíjelo a mano</translation>
    </message>
    <message>
        <source>no pin to edit</source>
        <translation>no hay ninguna fijación que editar</translation>
    </message>
    <message>
        <source>cannot tell the images entry from %1</source>
        <translation>no se puede determinar la entrada de images de %1</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 at %3 (line %4): the file changed since it was read; look again</source>
        <translation>%1 ya no contiene %2 en %3 (línea %4): el archivo ha cambiado desde que se leyó; vuelva a consultarlo</translation>
    </message>
    <message>
        <source>cannot pin the chart version of a %1 in an overlay</source>
        <translation>no se puede fijar la versión del chart de un recurso %1 en un overlay</translation>
    </message>
    <message>
        <source>%1 does not run the chart %2</source>
        <translation>%1 no ejecuta el chart %2</translation>
    </message>
    <message>
        <source>a chart version has no digest</source>
        <translation>una versión de chart no tiene digest</translation>
    </message>
    <message>
        <source>%1&apos;s version of %2 is written in %3, which other environments share, and no overlay of %1 can pin it: pin it there by hand</source>
        <translation>la versión de %2 de %1 está escrita en %3, que comparten otros entornos, y ningún overlay de %1 puede fijarla: fíjela allí a mano</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>sin archivo</translation>
    </message>
    <message>
        <source>%1 reads the version of %2 from %3, which other environments share: a patch pinning %4 for %1 is added to %5.</source>
        <translation>%1 lee la versión de %2 de %3, que comparten otros entornos: se añade a %5 un patch que fija %4 para %1.</translation>
    </message>
    <message>
        <source> (it runs %1, written in %2)</source>
        <translation> (ejecuta %1, escrito en %2)</translation>
    </message>
    <message>
        <source>its base</source>
        <translation>su base</translation>
    </message>
    <message>
        <source>%1 pins no version of %2 of its own%3: an images: entry for %4 is added to %5.</source>
        <translation>%1 no fija ninguna versión propia de %2%3: se añade a %5 una entrada images: para %4.</translation>
    </message>
    <message>
        <source>%1&apos;s chart differs between %2 and %3 (%4 → %5): the chart&apos;s version is promoted; the image its values set is the same in both.</source>
        <translation>El chart de %1 difiere entre %2 y %3 (%4 → %5): se promueve la versión del chart; la imagen que fijan sus values es la misma en ambos.</translation>
    </message>
    <message>
        <source>%1&apos;s chart differs between %2 and %3 (%4 → %5): the chart&apos;s version is promoted. Its image differs too (%6 → %7), but %3 reads it from %8, which other environments share: it is not changed.</source>
        <translation>El chart de %1 difiere entre %2 y %3 (%4 → %5): se promueve la versión del chart. Su imagen también difiere (%6 → %7), pero %3 la lee de %8, que comparten otros entornos: no se cambia.</translation>
    </message>
    <message>
        <source>%1&apos;s chart and the image its values set both differ between %2 and %3: both are promoted, the chart %4 → %5 (%6) and the image %7 → %8 (%9).</source>
        <translation>El chart de %1 y la imagen que fijan sus values difieren entre %2 y %3: se promueven ambos, el chart %4 → %5 (%6) y la imagen %7 → %8 (%9).</translation>
    </message>
    <message>
        <source>%1&apos;s chart is the same in %2 and %3 (%4): the image its values set is promoted.</source>
        <translation>El chart de %1 es el mismo en %2 y %3 (%4): se promueve la imagen que fijan sus values.</translation>
    </message>
    <message>
        <source>%1 pins no version of %2 of its own: it runs what the chart %3 sets for every environment (%4). Pin it for %1 first — a Helm parameter in %3/.argocd-source-%5.yaml, or a values file of its own — then promote.</source>
        <translation>%1 no fija ninguna versión propia de %2: ejecuta lo que el chart %3 fija para todos los entornos (%4). Fíjela primero para %1 —un parámetro de Helm en %3/.argocd-source-%5.yaml o un archivo de values propio— y después promueva.</translation>
    </message>
    <message>
        <source>its values</source>
        <translation>sus values</translation>
    </message>
    <message>
        <source>%1 is deployed as the chart %2: its chart&apos;s version is rolled back (%3 → %4); the image its values set (%5) is not changed. To undo a promotion whole, revert its commit.</source>
        <translation>%1 se despliega como el chart %2: se revierte la versión de su chart (%3 → %4); la imagen que fijan sus values (%5) no cambia. Para deshacer una promoción entera, revierta su commit.</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1 (imagen %2)</translation>
    </message>
</context>
<context>
    <name>PromotionArrow</name>
    <message>
        <source>via pull request</source>
        <translation>mediante pull request</translation>
    </message>
    <message>
        <source>Promote %1 %2 to %3</source>
        <translation>Promover %1 %2 a %3</translation>
    </message>
    <message>
        <source>Ready to promote</source>
        <translation>Listo para promover</translation>
    </message>
    <message>
        <source>%1 → %2: ready. Click to see every gate and approve.</source>
        <translation>%1 → %2: listo. Haga clic para ver todos los controles y aprobar.</translation>
    </message>
    <message>
        <source>Not ready: %1. Click to see every gate.</source>
        <translation>No está listo: %1. Haga clic para ver todos los controles.</translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation>promover</translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation>commit</translation>
    </message>
    <message>
        <source>+ %1 more — see the matrix</source>
        <translation>+ %1 más — vea la matriz</translation>
    </message>
    <message>
        <source>Ships: %1</source>
        <translation>Incluye: %1</translation>
    </message>
    <message>
        <source>Ships: asking the source…</source>
        <translation>Incluye: consultando el origen…</translation>
    </message>
</context>
<context>
    <name>PromotionController</name>
    <message>
        <source>Roll back %1 in %2</source>
        <translation>Volver atrás %1 en %2</translation>
    </message>
    <message>
        <source>Set %1 in %2</source>
        <translation>Establecer %1 en %2</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation>Promover %1 de %2 a %3</translation>
    </message>
    <message>
        <source>A pull request from %1 into %2</source>
        <translation>Un pull request de %1 a %2</translation>
    </message>
    <message>
        <source>A commit on %1, pushed to origin</source>
        <translation>Un commit en %1, con push a origin</translation>
    </message>
    <message>
        <source>A commit on %1 (this repository has no origin to push to)</source>
        <translation>Un commit en %1 (este repositorio no tiene origin al que hacer push)</translation>
    </message>
    <message>
        <source>Open a repository first.</source>
        <translation>Abra primero un repositorio.</translation>
    </message>
    <message>
        <source>Pull request #%1 was already open</source>
        <translation>El pull request #%1 ya estaba abierto</translation>
    </message>
    <message>
        <source>Opened pull request #%1</source>
        <translation>Pull request #%1 abierto</translation>
    </message>
    <message>
        <source>Committed %1 on %2 and pushed</source>
        <translation>Commit %1 en %2, con push</translation>
    </message>
    <message>
        <source>Committed %1 on %2</source>
        <translation>Commit %1 en %2</translation>
    </message>
    <message>
        <source>Merging pull request #%1…</source>
        <translation>Fusionando el pull request #%1…</translation>
    </message>
    <message>
        <source>Merged as %1</source>
        <translation>Fusionado como %1</translation>
    </message>
    <message>
        <source>Pulled the merge into this copy</source>
        <translation>Fusión traída a esta copia</translation>
    </message>
    <message>
        <source>Merged on GitHub, but this copy could not be updated: %1</source>
        <translation>Fusionado en GitHub, pero esta copia no se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>Waiting for pull request #%1 to be merged</source>
        <translation>Esperando a que se fusione el pull request #%1</translation>
    </message>
    <message>
        <source>No live status for this repository: Argo CD is not configured (Settings or promenade.yaml)</source>
        <translation>Sin estado en vivo para este repositorio: Argo CD no está configurado (Ajustes o promenade.yaml)</translation>
    </message>
    <message>
        <source>%1 runs %2: synced and healthy</source>
        <translation>%1 ejecuta %2: Synced y Healthy</translation>
    </message>
    <message>
        <source>%1 runs %2: %3 · %4</source>
        <translation>%1 ejecuta %2: %3 · %4</translation>
    </message>
    <message>
        <source>Argo CD: %1 is %2 · %3, still running %4</source>
        <translation>Argo CD: %1 está %2 · %3, aún ejecuta %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Waiting for Argo CD to report %1 in %2</source>
        <translation>Esperando a que Argo CD informe de %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Promote %n apps from %1 to %2</source>
        <translation>
            <numerusform>Promover %n app de %1 a %2</numerusform>
            <numerusform>Promover %n apps de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to promote.</source>
        <translation>No hay nada seleccionado para promover.</translation>
    </message>
</context>
<context>
    <name>PromotionGate</name>
    <message>
        <source>Working tree clean</source>
        <translation>Árbol de trabajo limpio</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit or stash them first, Promenade never overwrites them</source>
        <translation>%1 tiene cambios sin commit: haga commit o stash de ellos primero, Promenade nunca los sobrescribe</translation>
    </message>
    <message>
        <source>%1 has no uncommitted changes</source>
        <translation>%1 no tiene cambios sin commit</translation>
    </message>
    <message>
        <source>Branch up to date</source>
        <translation>Rama al día</translation>
    </message>
    <message>
        <source>%1 tracks no remote branch: the promotion stays local</source>
        <translation>%1 no sigue ninguna rama remota: la promoción queda en local</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2: pull first, so that the promotion starts from what is deployed</source>
        <translation>
            <numerusform>%1 va %n commit por detrás de %2: haga pull primero, para que la promoción parta de lo desplegado</numerusform>
            <numerusform>%1 va %n commits por detrás de %2: haga pull primero, para que la promoción parta de lo desplegado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not on %2: push or drop them first, so that the promotion goes out alone</source>
        <translation>
            <numerusform>%1 tiene %n commit que no está en %2: haga push o descártelo primero, para que la promoción salga sola</numerusform>
            <numerusform>%1 tiene %n commits que no están en %2: haga push o descártelos primero, para que la promoción salga sola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) ahead of %2; the promotion is committed locally</source>
        <translation>
            <numerusform>%1 va %n commit por delante de %2; la promoción se hace con commit local</numerusform>
            <numerusform>%1 va %n commits por delante de %2; la promoción se hace con commit local</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches %2 (as last fetched)</source>
        <translation>%1 coincide con %2 (según el último fetch)</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versión nueva</translation>
    </message>
    <message>
        <source>%1 already runs %2 %3</source>
        <translation>%1 ya ejecuta %2 %3</translation>
    </message>
    <message>
        <source>%1 does not pin %2 yet; it will pin %3</source>
        <translation>%1 aún no fija %2; fijará %3</translation>
    </message>
    <message>
        <source>%1 runs %2 now; it will run %3</source>
        <translation>%1 ejecuta ahora %2; ejecutará %3</translation>
    </message>
    <message>
        <source>Source healthy and synced</source>
        <translation>Origen Healthy y Synced</translation>
    </message>
    <message>
        <source>no source environment to check</source>
        <translation>no hay entorno de origen que comprobar</translation>
    </message>
    <message>
        <source>Image and platforms</source>
        <translation>Imagen y plataformas</translation>
    </message>
    <message>
        <source>the registry&apos;s answer about %1 is not known</source>
        <translation>se desconoce la respuesta del registro sobre %1</translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation>Certificados listos</translation>
    </message>
    <message>
        <source>the certificates of %1 are unknown</source>
        <translation>se desconocen los certificados de %1</translation>
    </message>
    <message>
        <source>%1/%2 on %3 is %4%5</source>
        <translation>%1/%2 en %3 está %4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of %1 are ready</source>
        <translation>
            <numerusform>%n certificado de %1 está listo</numerusform>
            <numerusform>%n certificados de %1 están listos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull request checks</source>
        <translation>Checks del pull request</translation>
    </message>
    <message>
        <source>a direct commit: no pull request to check</source>
        <translation>un commit directo: no hay pull request que comprobar</translation>
    </message>
    <message>
        <source>GitHub was not asked (no GitHub repository is known)</source>
        <translation>no se consultó a GitHub (no se conoce ningún repositorio de GitHub)</translation>
    </message>
    <message>
        <source>the pull request is not open yet: GitHub runs its checks once it is</source>
        <translation>el pull request aún no está abierto: GitHub ejecuta sus checks en cuanto lo esté</translation>
    </message>
    <message>
        <source>#%1: checks %2</source>
        <translation>#%1: checks %2</translation>
    </message>
    <message>
        <source>%1 is in progress in this clone: finish it or abort it before promoting</source>
        <translation>hay %1 en curso en este clon: termínelo o cancélelo antes de promover</translation>
    </message>
    <message>
        <source>the registry could not be asked about %1: %2</source>
        <translation>no se pudo consultar al registro sobre %1: %2</translation>
    </message>
    <message>
        <source>could not check: Argo CD was not asked (no Argo CD configured)</source>
        <translation>no se pudo comprobar: no se consultó a Argo CD (no hay ningún Argo CD configurado)</translation>
    </message>
    <message>
        <source>could not check: Argo CD did not report %1&apos;s Application of %2%3</source>
        <translation>no se pudo comprobar: Argo CD no informó de la Application de %2 en %1%3</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, not %4: verify %4 there first</source>
        <translation>%1 ejecuta %2 %3, no %4: verifique %4 allí primero</translation>
    </message>
    <message>
        <source>%1 runs %2 %3 but is %4 and %5%6</source>
        <translation>%1 ejecuta %2 %3, pero está %4 y %5%6</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, synced and healthy</source>
        <translation>%1 ejecuta %2 %3, Synced y Healthy</translation>
    </message>
    <message>
        <source>Chart version exists</source>
        <translation>La versión del chart existe</translation>
    </message>
    <message>
        <source>could not check: the repository of the chart %1 is not known</source>
        <translation>no se pudo comprobar: se desconoce el repositorio del chart %1</translation>
    </message>
    <message>
        <source>could not check: %1 was not asked</source>
        <translation>no se pudo comprobar: no se consultó a %1</translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation>no se pudo comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 %3</source>
        <translation>%1 contiene %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no version %2 of %3 (%n versions listed)</source>
        <translation>
            <numerusform>%1 no tiene la versión %2 de %3 (%n versión listada)</numerusform>
            <numerusform>%1 no tiene la versión %2 de %3 (%n versiones listadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 is not a chart repository that can be asked</source>
        <translation>%1 no es un repositorio de charts que se pueda consultar</translation>
    </message>
    <message>
        <source>%1 pins %2&apos;s chart at %3, not %4: verify %4 there first</source>
        <translation>%1 fija el chart de %2 en %3, no en %4: verifique %4 allí primero</translation>
    </message>
    <message>
        <source>%1 runs %2&apos;s chart %3 but is %4 and %5%6</source>
        <translation>%1 ejecuta el chart %3 de %2, pero está %4 y %5%6</translation>
    </message>
    <message>
        <source>%1 runs %2&apos;s chart %3, synced and healthy</source>
        <translation>%1 ejecuta el chart %3 de %2, synced y healthy</translation>
    </message>
</context>
<context>
    <name>PullRequestMerger</name>
    <message>
        <source>Merging pull request #%1…</source>
        <translation>Fusionando el pull request #%1…</translation>
    </message>
    <message>
        <source>Pull request #%1 is merged, but this copy could not be updated: %2</source>
        <translation>El pull request #%1 está fusionado, pero esta copia no se pudo actualizar: %2</translation>
    </message>
    <message>
        <source>Pull request #%1 is merged; Argo CD deploys it next</source>
        <translation>El pull request #%1 está fusionado; Argo CD lo desplegará a continuación</translation>
    </message>
    <message>
        <source>Pull request #%1 has checks that have not passed: %2</source>
        <translation>El pull request #%1 tiene checks que no se han superado: %2</translation>
    </message>
</context>
<context>
    <name>PullRequestStrip</name>
    <message>
        <source>Waiting for merge</source>
        <translation>Esperando la fusión</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>checks superados</translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation>checks fallidos</translation>
    </message>
    <message>
        <source>checks running</source>
        <translation>checks en curso</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>sin checks</translation>
    </message>
    <message>
        <source>Merge pull request #%1</source>
        <translation>Fusionar el pull request #%1</translation>
    </message>
    <message>
        <source>Merge pull request #%1?</source>
        <translation>¿Fusionar el pull request #%1?</translation>
    </message>
    <message>
        <source>Its checks FAILED (%1). Merging deploys it anyway.</source>
        <translation>Sus checks HAN FALLADO (%1). Fusionarlo lo despliega de todos modos.</translation>
    </message>
    <message>
        <source>Checks: %1.</source>
        <translation>Checks: %1.</translation>
    </message>
    <message>
        <source>GitHub reports no checks for it.</source>
        <translation>GitHub no informa de ningún check para él.</translation>
    </message>
    <message>
        <source>It is merged on GitHub as it was listed (a pull request that changed since is refused), and this copy is updated; Argo CD then deploys it.</source>
        <translation>Se fusiona en GitHub tal como aparecía (se rechaza un pull request que haya cambiado desde entonces) y esta copia se actualiza; después Argo CD lo despliega.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <comment>merge the pull request</comment>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>merge the pull request</comment>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Wait for the Checks</source>
        <translation>Esperar a los checks</translation>
    </message>
    <message>
        <source>Merge Anyway</source>
        <translation>Fusionar de todos modos</translation>
    </message>
    <message>
        <source>pull request link</source>
        <translation>enlace del pull request</translation>
    </message>
    <message>
        <source>Squash and merge</source>
        <translation>Fusionar con squash</translation>
    </message>
    <message>
        <source>Rebase and merge</source>
        <translation>Fusionar con rebase</translation>
    </message>
    <message>
        <source>Merge commit</source>
        <translation>Commit de fusión</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open Recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>No hay repositorios recientes</translation>
    </message>
    <message>
        <source>%1 (folder not found)</source>
        <translation>%1 (carpeta no encontrada)</translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation>%1, carpeta no encontrada</translation>
    </message>
    <message>
        <source>Open %1, %2</source>
        <translation>Abrir %1, %2</translation>
    </message>
    <message>
        <source>Remove Missing Folders</source>
        <translation>Quitar las carpetas que faltan</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Clear the recent repositories</source>
        <translation>Vaciar los repositorios recientes</translation>
    </message>
</context>
<context>
    <name>RecentRepositories</name>
    <message>
        <source>today, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>ayer, %1</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1: %2 needs credentials (401): sign in to the registry</source>
        <translation>%1: %2 necesita credenciales (401): inicie sesión en el registro</translation>
    </message>
    <message>
        <source>%1: the credentials were refused (401)</source>
        <translation>%1: se rechazaron las credenciales (401)</translation>
    </message>
    <message>
        <source>%1: access to %2 denied (403): %3</source>
        <translation>%1: acceso a %2 denegado (403): %3</translation>
    </message>
    <message>
        <source>%1: repository %2 not found (404)</source>
        <translation>%1: repositorio %2 no encontrado (404)</translation>
    </message>
    <message>
        <source>%1: %2: manifest unknown (404): %3</source>
        <translation>%1: %2: manifiesto desconocido (404): %3</translation>
    </message>
    <message>
        <source>%1: %2: blob unknown (404)</source>
        <translation>%1: %2: blob desconocido (404)</translation>
    </message>
    <message>
        <source>%1: the authentication challenge names no token server</source>
        <translation>%1: el desafío de autenticación no indica ningún servidor de tokens</translation>
    </message>
    <message>
        <source>%1: the token server %2 refused the credentials (%3)</source>
        <translation>%1: el servidor de tokens %2 rechazó las credenciales (%3)</translation>
    </message>
    <message>
        <source>token request failed</source>
        <translation>la petición del token ha fallado</translation>
    </message>
    <message>
        <source>%1: the token server %2 gave no token</source>
        <translation>%1: el servidor de tokens %2 no devolvió ningún token</translation>
    </message>
    <message>
        <source>%1: %2: the manifest does not match its digest %3</source>
        <translation>%1: %2: el manifiesto no coincide con su digest %3</translation>
    </message>
    <message>
        <source>%1: %2: the config blob does not match its digest %3</source>
        <translation>%1: %2: el blob de configuración no coincide con su digest %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChanges</name>
    <message>
        <source>Breaking changes</source>
        <translation>Cambios incompatibles</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funcionalidades</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Otros cambios</translation>
    </message>
    <message>
        <source>The local clone %1 of %2 cannot be opened: %3</source>
        <translation>No se puede abrir el clon local %1 de %2: %3</translation>
    </message>
    <message>
        <source>The local clone %1 does not have both builds&apos; commits (%2, %3): fetch it, or the history was rewritten</source>
        <translation>Al clon local %1 le faltan commits de las dos builds (%2, %3): haga fetch, o el historial se ha reescrito</translation>
    </message>
    <message>
        <source>%1 commits between the builds: more than Promenade lists (%2)</source>
        <translation>%1 commits entre las builds: más de los que Promenade enumera (%2)</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 commits</translation>
    </message>
    <message>
        <source>1 pull request</source>
        <translation>1 pull request</translation>
    </message>
    <message>
        <source>%1 pull requests</source>
        <translation>%1 pull requests</translation>
    </message>
    <message>
        <source>no changes: both builds come from commit %1</source>
        <translation>sin cambios: las dos builds vienen del commit %1</translation>
    </message>
    <message>
        <source>%1, %2 ahead</source>
        <translation>%1, %2 por delante</translation>
    </message>
    <message>
        <source>%1, %2 taken out (a rollback)</source>
        <translation>%1, %2 retirados (una vuelta atrás)</translation>
    </message>
    <message>
        <source>%1, %2 ahead; %3 of the running build are not in it</source>
        <translation>%1, %2 por delante; %3 de la build en ejecución no están incluidos</translation>
    </message>
    <message>
        <source>%1 names no source commit: it has no org.opencontainers.image.revision label and its tag is not sha-&lt;commit&gt;</source>
        <translation>%1 no indica ningún commit de origen: no tiene la etiqueta org.opencontainers.image.revision y su tag no es sha-&lt;commit&gt;</translation>
    </message>
    <message>
        <source>%1 names no source repository: it has no org.opencontainers.image.source label and promenade.yaml gives no apps[].source for %2</source>
        <translation>%1 no indica ningún repositorio de origen: no tiene la etiqueta org.opencontainers.image.source y promenade.yaml no da apps[].source para %2</translation>
    </message>
    <message>
        <source> (the registry: %1)</source>
        <translation> (el registro: %1)</translation>
    </message>
    <message>
        <source>The two builds come from different repositories (%1, %2)</source>
        <translation>Las dos builds vienen de repositorios distintos (%1, %2)</translation>
    </message>
    <message>
        <source>%1 is not a GitHub repository: name a local clone in promenade.yaml (apps[].source.path) to list its changes</source>
        <translation>%1 no es un repositorio de GitHub: indique un clon local en promenade.yaml (apps[].source.path) para listar sus cambios</translation>
    </message>
    <message>
        <source>GitHub does not know commit %1 or %2 in %3: the history was rewritten (a force push), or the build is from a fork</source>
        <translation>GitHub no conoce el commit %1 o %2 en %3: el historial se reescribió (un push forzado) o la build viene de un fork</translation>
    </message>
    <message>
        <source>GitHub answers 404 for %1: a private repository needs a GitHub token (GITHUB_TOKEN, or gh auth login) to list its changes</source>
        <translation>GitHub responde 404 para %1: un repositorio privado necesita un token de GitHub (GITHUB_TOKEN, o gh auth login) para listar sus cambios</translation>
    </message>
    <message>
        <source>GitHub answers 404 for %1: the repository does not exist, or the token cannot see it</source>
        <translation>GitHub responde 404 para %1: el repositorio no existe o el token no puede verlo</translation>
    </message>
    <message>
        <source>%1 commits between the builds: more than Promenade lists (%2); see %3</source>
        <translation>%1 commits entre las builds: más de los que Promenade enumera (%2); vea %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChangesModel</name>
    <message>
        <source>Breaking changes</source>
        <translation>Cambios incompatibles</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funcionalidades</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Otros cambios</translation>
    </message>
    <message>
        <source>Commits taken out</source>
        <translation>Commits retirados</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Finding the commits between the two builds…</source>
        <translation>Buscando los commits entre las dos builds…</translation>
    </message>
</context>
<context>
    <name>RepositoryDiscovery</name>
    <message>
        <source>%1 is a Helm template: Promenade does not run Helm, so the Applications it would make are not known</source>
        <translation>%1 es una plantilla de Helm: Promenade no ejecuta Helm, así que no se conocen las Applications que generaría</translation>
    </message>
    <message>
        <source>Application %1 (%2): the value file %3 is in another repository</source>
        <translation>Application %1 (%2): el archivo de values %3 está en otro repositorio</translation>
    </message>
    <message>
        <source>Application %1 (%2) is nested more than %3 levels deep; its children were not followed</source>
        <translation>Application %1 (%2) está anidada a más de %3 niveles; no se siguieron sus hijas</translation>
    </message>
    <message>
        <source>Application %1 (%2) deploys %3, which is not a folder of this repository</source>
        <translation>Application %1 (%2) despliega %3, que no es una carpeta de este repositorio</translation>
    </message>
    <message>
        <source>Application %1 (%2) deploys %3, which deploys it again: the cycle was not followed</source>
        <translation>Application %1 (%2) despliega %3, que a su vez la despliega: no se siguió el ciclo</translation>
    </message>
    <message>
        <source>Flux Kustomization %1 (%2) deploys %3, which is not a folder of this repository</source>
        <translation>la Kustomization de Flux %1 (%2) despliega %3, que no es una carpeta de este repositorio</translation>
    </message>
    <message>
        <source>%1 deploys %2, but nothing says which environment it belongs to</source>
        <translation>%1 despliega %2, pero nada indica a qué entorno pertenece</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no existe la carpeta</translation>
    </message>
    <message>
        <source>not a GitOps repository: Promenade looks for a Git repository, promenade.yaml, apps/, clusters/ or a kustomization here or in a parent folder</source>
        <translation>no es un repositorio GitOps: Promenade busca un repositorio Git, promenade.yaml, apps/, clusters/ o una kustomization aquí o en una carpeta superior</translation>
    </message>
    <message>
        <source>not a GitOps repository: no kustomization and no Argo CD, Flux or Kargo manifest here</source>
        <translation>no es un repositorio GitOps: aquí no hay kustomization ni manifiesto de Argo CD, Flux o Kargo</translation>
    </message>
    <message>
        <source>no environments found: nothing deploys a folder of this repository, and no folder is named as an environment (overlays/&lt;env&gt;, envs/&lt;env&gt;, environments/&lt;env&gt;, stages/&lt;env&gt;, apps/&lt;env&gt; beside apps/base); promenade.yaml can name them</source>
        <translation>no se encontraron entornos: nada despliega una carpeta de este repositorio y ninguna carpeta tiene nombre de entorno (overlays/&lt;env&gt;, envs/&lt;env&gt;, environments/&lt;env&gt;, stages/&lt;env&gt;, apps/&lt;env&gt; junto a apps/base); promenade.yaml puede nombrarlos</translation>
    </message>
    <message>
        <source>the repository has more than %1 files and folders; discovery read the first %1</source>
        <translation>el repositorio tiene más de %1 archivos y carpetas; el descubrimiento leyó los primeros %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read</source>
        <translation>%1 ocupa más de %2 MiB y no se ha leído</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Promenade reads from a repository</source>
        <translation>el archivo ocupa %1, más de los %2 que Promenade lee de un repositorio</translation>
    </message>
    <message>
        <source>the path leaves the repository %1</source>
        <translation>la ruta sale del repositorio %1</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist or cannot be resolved</source>
        <translation>un enlace simbólico a %1, que no existe o no se puede resolver</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>a symbolic link to %1, outside the repository: Promenade reads only files inside it</source>
        <translation>un enlace simbólico a %1, fuera del repositorio: Promenade solo lee archivos de dentro</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>%1, not a regular file: Promenade reads only regular files from a repository</source>
        <translation>%1, no un archivo normal: Promenade solo lee archivos normales de un repositorio</translation>
    </message>
    <message>
        <source>a symbolic link to %1, %2: Promenade reads only regular files from a repository</source>
        <translation>un enlace simbólico a %1, %2: Promenade solo lee archivos normales de un repositorio</translation>
    </message>
    <message>
        <source>not a regular file: Promenade reads only regular files from a repository</source>
        <translation>no es un archivo normal: Promenade solo lee archivos normales de un repositorio</translation>
    </message>
</context>
<context>
    <name>SemanticSummary</name>
    <message>
        <source>Kubernetes changes</source>
        <translation>Cambios en Kubernetes</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>Ningún recurso ha cambiado.</translation>
    </message>
</context>
<context>
    <name>SemanticSummaryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <comment>a renamed Kubernetes resource</comment>
        <translation>%1 (antes %2)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Enter the repository as OWNER/NAME, e.g. howdiggy/homelab-gitops</source>
        <translation>Introduzca el repositorio como OWNER/NAME, p. ej. howdiggy/homelab-gitops</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>unless set per cluster</source>
        <translation>salvo que se indique por clúster</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>Without one here: ARGOCD_AUTH_TOKEN, or “argocd login %1”.</source>
        <translation>Si no hay uno aquí: ARGOCD_AUTH_TOKEN o «argocd login %1».</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Without one here: GH_TOKEN or GITHUB_TOKEN, or “gh auth login”.</source>
        <translation>Si no hay uno aquí: GH_TOKEN o GITHUB_TOKEN, o «gh auth login».</translation>
    </message>
    <message>
        <source>Without one here: GH_ENTERPRISE_TOKEN, or “gh auth login --hostname %1”.</source>
        <translation>Si no hay uno aquí: GH_ENTERPRISE_TOKEN o «gh auth login --hostname %1».</translation>
    </message>
    <message>
        <source>the demo&apos;s control plane</source>
        <translation>el plano de control de la demo</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Removed from the system keychain.</source>
        <translation>Quitado del llavero del sistema.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Ajustes generales</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Endpoints of this repository</source>
        <translation>Endpoints de este repositorio</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>System follows the light or dark appearance of your desktop.</source>
        <translation>Sistema sigue la apariencia clara u oscura de su escritorio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language applies after Promenade is restarted.</source>
        <translation>El nuevo idioma se aplica al reiniciar Promenade.</translation>
    </message>
    <message>
        <source>Open a repository to set how Promenade reaches its Argo CD, GitHub and registries.</source>
        <translation>Abra un repositorio para indicar cómo llega Promenade a su Argo CD, GitHub y registros.</translation>
    </message>
    <message>
        <source>The demo&apos;s services run inside Promenade on this computer; these are their addresses. Endpoint settings apply to your own repositories.</source>
        <translation>Los servicios de la demo se ejecutan dentro de Promenade en este equipo; estas son sus direcciones. Los ajustes de endpoints se aplican a sus propios repositorios.</translation>
    </message>
    <message>
        <source>For %1, over what its promenade.yaml says: for you only, kept on this computer and never written into the repository. Leave a field empty to use what the repository says (shown in grey).</source>
        <translation>Para %1, por encima de lo que dice su promenade.yaml: solo para usted, guardado en este equipo y nunca escrito en el repositorio. Deje un campo vacío para usar lo que dice el repositorio (se muestra en gris).</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>not set in promenade.yaml</source>
        <translation>no indicado en promenade.yaml</translation>
    </message>
    <message>
        <source>Argo CD URL for %1</source>
        <translation>URL de Argo CD para %1</translation>
    </message>
    <message>
        <source>Skip TLS check</source>
        <translation>Omitir la comprobación TLS</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification for %1</source>
        <translation>Omitir la verificación del certificado TLS para %1</translation>
    </message>
    <message>
        <source>Only for a lab instance with a self-signed certificate: the connection is then not protected against interception.</source>
        <translation>Solo para una instancia de laboratorio con un certificado autofirmado: la conexión deja de estar protegida frente a interceptaciones.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>GitHub API URL</source>
        <translation>URL de la API de GitHub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>OWNER/NAME (pull requests go there)</source>
        <translation>OWNER/NAME (allí van los pull requests)</translation>
    </message>
    <message>
        <source>GitHub repository for pull requests</source>
        <translation>Repositorio de GitHub para los pull requests</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>URL for the registry %1</source>
        <translation>URL del registro %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Revert the endpoint changes</source>
        <translation>Descartar los cambios de los endpoints</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the endpoints and reconnect</source>
        <translation>Guardar los endpoints y volver a conectar</translation>
    </message>
    <message>
        <source>A token stored here is kept in the system keychain and used ahead of the environment and the tools&apos; own config files. Promenade never shows a token, only where it comes from.</source>
        <translation>Un token guardado aquí se conserva en el llavero del sistema y tiene prioridad sobre el entorno y los archivos de configuración de las herramientas. Promenade nunca muestra un token, solo de dónde procede.</translation>
    </message>
    <message>
        <source>No system keychain is available here (%1), so tokens cannot be stored. Set them in the environment instead: ARGOCD_AUTH_TOKEN for Argo CD, GH_TOKEN or GITHUB_TOKEN for GitHub (GH_ENTERPRISE_TOKEN for GitHub Enterprise), or sign in with “argocd login” and “gh auth login”.</source>
        <translation>Aquí no hay ningún llavero del sistema disponible (%1), así que no se pueden guardar tokens. Configúrelos en el entorno: ARGOCD_AUTH_TOKEN para Argo CD, GH_TOKEN o GITHUB_TOKEN para GitHub (GH_ENTERPRISE_TOKEN para GitHub Enterprise), o inicie sesión con «argocd login» y «gh auth login».</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Token in use: from %1</source>
        <translation>Token en uso: de %1</translation>
    </message>
    <message>
        <source>No token found: requests go without one (enough only for public data).</source>
        <translation>No se encontró ningún token: las peticiones se hacen sin él (solo basta para datos públicos).</translation>
    </message>
    <message>
        <source>Paste a token to keep in the keychain</source>
        <translation>Pegue un token para guardarlo en el llavero</translation>
    </message>
    <message>
        <source>No keychain: use the environment</source>
        <translation>Sin llavero: use el entorno</translation>
    </message>
    <message>
        <source>New %1 token for %2</source>
        <translation>Nuevo token de %1 para %2</translation>
    </message>
    <message>
        <source>Store the %1 token in the system keychain</source>
        <translation>Guardar el token de %1 en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remove the %1 token from the system keychain</source>
        <translation>Quitar el token de %1 del llavero del sistema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>discard the unsaved changes</comment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Store</source>
        <comment>store the token in the system keychain</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the token from the system keychain</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Trusted with your credentials</source>
        <translation>De confianza para sus credenciales</translation>
    </message>
    <message>
        <source>No endpoint that %1 names is trusted with a token that is not tied to it (ARGOCD_AUTH_TOKEN, GITHUB_TOKEN). Promenade asks when the repository names one; the argocd CLI&apos;s, gh&apos;s and Docker&apos;s logins go only to their own servers.</source>
        <translation>Ningún endpoint que indique %1 es de confianza para un token que no está ligado a él (ARGOCD_AUTH_TOKEN, GITHUB_TOKEN). Promenade pregunta cuando el repositorio indica uno; los inicios de sesión de la CLI de argocd, de gh y de Docker solo van a sus propios servidores.</translation>
    </message>
    <message>
        <source>These endpoints receive your tokens for %1. Revoke one to send it nothing but anonymous requests.</source>
        <translation>Estos endpoints reciben sus tokens para %1. Revoque uno para enviarle solo peticiones anónimas.</translation>
    </message>
    <message>
        <source>set in these settings</source>
        <translation>configurado en estos ajustes</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>confirmado %1</translation>
    </message>
    <message>
        <source>, for every repository</source>
        <translation>, para todos los repositorios</translation>
    </message>
    <message>
        <source>Revoke</source>
        <comment>no longer trust an endpoint with credentials</comment>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>No longer send your %1 token to %2</source>
        <translation>Dejar de enviar su token de %1 a %2</translation>
    </message>
    <message>
        <source>Set in the fields above: empty the field and save to stop using it.</source>
        <translation>Configurado en los campos de arriba: vacíe el campo y guarde para dejar de usarlo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Open a repository folder</source>
        <translation>Abrir una carpeta de repositorio</translation>
    </message>
    <message>
        <source>Open a recent repository</source>
        <translation>Abrir un repositorio reciente</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Clonar un repositorio desde una URL</translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation>Recargar el repositorio</translation>
    </message>
    <message>
        <source>Pipeline as graph or matrix</source>
        <translation>Pipeline como grafo o matriz</translation>
    </message>
    <message>
        <source>Presentation mode (Esc leaves it)</source>
        <translation>Modo presentación (Esc para salir)</translation>
    </message>
    <message>
        <source>Export the pipeline as PNG</source>
        <translation>Exportar el pipeline como PNG</translation>
    </message>
    <message>
        <source>Approve, in the approval dialog</source>
        <translation>Aprobar, en el diálogo de aprobación</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
    <message>
        <source>Close a dialog or this list</source>
        <translation>Cerrar un diálogo o esta lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Cerrar los atajos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Repository</source>
        <comment>a group of shortcuts</comment>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Views</source>
        <comment>a group of shortcuts</comment>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>a group of shortcuts</comment>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Application</source>
        <comment>a group of shortcuts: this program</comment>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>TrustEndpointDialog</name>
    <message>
        <source>Send Your Token?</source>
        <translation>¿Enviar su token?</translation>
    </message>
    <message>
        <source>%1&apos;s promenade.yaml names this %2 server. Your token (%3) is not tied to it, so Promenade has asked it without the token. Trust it only if you know the server: whoever runs it can act as you with the token. The answer is kept on this computer for this repository and this address; revoke it in Settings, Endpoints.</source>
        <translation>El promenade.yaml de %1 indica este servidor de %2. Su token (%3) no está ligado a él, así que Promenade lo ha consultado sin el token. Confíe en él solo si conoce el servidor: quien lo gestione puede actuar en su nombre con el token. La respuesta se guarda en este equipo para este repositorio y esta dirección; revóquela en Ajustes, Endpoints.</translation>
    </message>
    <message>
        <source>Don&apos;t Send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Do not send the token to %1</source>
        <translation>No enviar el token a %1</translation>
    </message>
    <message>
        <source>Trust and Send</source>
        <translation>Confiar y enviar</translation>
    </message>
    <message>
        <source>Trust %1 with your %2 token</source>
        <translation>Confiar su token de %2 a %1</translation>
    </message>
</context>
<context>
    <name>TrustedEndpointModel</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>UnifiedDiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation>⋯ 1 línea sin cambios — haga clic para mostrarla</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation>⋯ %1 líneas sin cambios — haga clic para mostrarlas</translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation>Mostrar %1 líneas sin cambios</translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>what %1 runs is unknown%2</source>
        <translation>se desconoce qué ejecuta %1%2</translation>
    </message>
    <message>
        <source>%1 runs %2, not %3: verify %3 there first</source>
        <translation>%1 ejecuta %2, no %3: verifique %3 allí primero</translation>
    </message>
    <message>
        <source>%1 runs %2 but is %3 and %4%5</source>
        <translation>%1 ejecuta %2, pero está %3 y %4%5</translation>
    </message>
    <message>
        <source>%1 runs %2, synced and healthy</source>
        <translation>%1 ejecuta %2, Synced y Healthy</translation>
    </message>
    <message>
        <source>%1:%2 is not in the registry</source>
        <translation>%1:%2 no está en el registro</translation>
    </message>
    <message>
        <source>%1 has no %2 image, and %3&apos;s nodes need it (it has %4)</source>
        <translation>%1 no tiene imagen %2, y los nodos de %3 la necesitan (tiene %4)</translation>
    </message>
    <message>
        <source>%1 is in the registry for %2</source>
        <translation>%1 está en el registro para %2</translation>
    </message>
    <message>
        <source>no live status</source>
        <translation>sin estado en vivo</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>desviación: %1</translation>
    </message>
    <message>
        <source>up to date with %1</source>
        <translation>al día con %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>pull request #%1 promotes %2 and waits for a merge</source>
        <translation>el pull request #%1 promueve %2 y espera la fusión</translation>
    </message>
    <message>
        <source>pull request #%1 promotes %2 and waits for a merge (%3)</source>
        <translation>el pull request #%1 promueve %2 y espera la fusión (%3)</translation>
    </message>
    <message>
        <source>behind %1 (%2): %3</source>
        <translation>por detrás de %1 (%2): %3</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloqueado: %1</translation>
    </message>
    <message>
        <source>ready to promote: %1 runs %2</source>
        <translation>listo para promover: %1 ejecuta %2</translation>
    </message>
    <message>
        <source>%1 runs %2; still loading: %3</source>
        <translation>%1 ejecuta %2; aún cargando: %3</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Open a GitOps repository</source>
        <translation>Abrir un repositorio GitOps</translation>
    </message>
    <message>
        <source>Promenade reads a Kustomize + Argo CD repository: apps/overlays/&lt;environment&gt;, clusters/&lt;cluster&gt; and infrastructure/overlays. Or explore the demo: the homelab pipeline from development to production, with nothing to install.</source>
        <translation>Promenade lee un repositorio de Kustomize + Argo CD: apps/overlays/&lt;environment&gt;, clusters/&lt;cluster&gt; e infrastructure/overlays. O explore la demo: el pipeline del homelab de development a production, sin instalar nada.</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>Open a repository folder</source>
        <translation>Abrir una carpeta de repositorio</translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation>Clonar desde una URL…</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Clonar un repositorio desde una URL</translation>
    </message>
    <message>
        <source>Open the demo repository</source>
        <translation>Abrir el repositorio de la demo</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Repositorios recientes</translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation>%1, carpeta no encontrada</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Carpeta no encontrada</translation>
    </message>
    <message>
        <source>Remove %1 from the recent repositories</source>
        <translation>Quitar %1 de los repositorios recientes</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove from the recent repositories</comment>
        <translation>Quitar</translation>
    </message>
</context>
</TS>
