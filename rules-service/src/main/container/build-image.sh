#!/usr/bin/env bash
# Builds the service's container image as a tarball, with no Docker daemon and no registry:
#   - a Java runtime made with jlink from the JDK that ran the build (only the modules the service uses);
#   - a minimal root file system from Debian's packages for the libraries that runtime needs (glibc, libstdc++,
#     libgcc, zlib), fetched with apt-get download from the build machine's Debian release, and a non-root user;
#   - the packaged service (target/quarkus-app), its libraries in a layer of their own, with the shipped rules inside.
# The tarball is an OCI image layout that also carries Docker's manifest.json, so `docker load`, `podman load`,
# `skopeo copy oci-archive:...` and `kind load image-archive` all read it. Run by the container-image Maven profile:
#   build-image.sh <quarkus-app dir> <kubernetes.yml> <output .tar>
# The image is tagged with the image reference the generated Deployment uses, so the two always agree.
set -euo pipefail

app=$1 manifest=$2 out=$3
image=$(sed -n 's/^ *image: *//p' "$manifest" | head -1)
[[ -n $image ]] || { echo "no image reference in $manifest" >&2; exit 1; }
work=$(dirname "$out")/image-build
rm -rf "$work" && mkdir -p "$work"/{debs,rootfs,runtime,libs,app,oci/blobs/sha256}

echo "Root file system from Debian packages"
(cd "$work/debs" && apt-get download -q libc6 libstdc++6 libgcc-s1 zlib1g)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/rootfs"; done
# Keep each package's copyright file; drop what a JVM never reads (changelogs, iconv modules, lintian overrides).
find "$work/rootfs/usr/share/doc" -type f ! -name copyright -delete
rm -rf "$work/rootfs/usr/share/lintian" "$work/rootfs/usr/lib/x86_64-linux-gnu/gconv" "$work/rootfs/usr/share/gcc"
mkdir -p "$work/rootfs/etc" "$work/rootfs/tmp"
chmod 1777 "$work/rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nsafeguarding:x:1001:1001:safeguarding rules:/deployments:/sbin/nologin\n' > "$work/rootfs/etc/passwd"
printf 'root:x:0:\nsafeguarding:x:1001:\n' > "$work/rootfs/etc/group"
(cd "$work/debs" && for deb in *.deb; do dpkg-deb -f "$deb" Package Version | paste -sd' '; done) > "$work/rootfs/etc/debian-packages"

echo "Java runtime with jlink"
"${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jlink" \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime/opt/java"

echo "The service"
mkdir -p "$work/libs/deployments" "$work/app/deployments"
cp -r "$app/lib" "$work/libs/deployments/"
cp -r "$app/app" "$app/quarkus" "$app/quarkus-run.jar" "$work/app/deployments/"
chmod -R u=rwX,go=rX "$work/libs" "$work/app" "$work/runtime"

# One gzipped layer per directory, reproducible (sorted, fixed times, owned by root and only readable by the service).
diff_ids=() layers=()
for part in rootfs runtime libs app; do
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/$part" -cf "$work/$part.tar" $(ls -A "$work/$part")
  diff_ids+=("sha256:$(sha256sum "$work/$part.tar" | cut -d' ' -f1)")
  gzip -n -9 "$work/$part.tar"
  digest=$(sha256sum "$work/$part.tar.gz" | cut -d' ' -f1)
  mv "$work/$part.tar.gz" "$work/oci/blobs/sha256/$digest"
  layers+=("$digest")
done

blob() { # writes stdin as a blob and prints its digest
  local file=$work/oci/blob.tmp digest
  cat > "$file"; digest=$(sha256sum "$file" | cut -d' ' -f1); mv "$file" "$work/oci/blobs/sha256/$digest"; echo "$digest"
}
size() { stat -c %s "$work/oci/blobs/sha256/$1"; }
join() { local IFS=,; echo "$*"; }

config=$(cat <<JSON | tr -d '\n' | blob
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
"config":{"User":"1001:1001","WorkingDir":"/deployments","ExposedPorts":{"8080/tcp":{}},
"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
"Entrypoint":["/opt/java/bin/java","-XX:MaxRAMPercentage=75.0","-XX:+ExitOnOutOfMemoryError",
"-Djava.util.logging.manager=org.jboss.logmanager.LogManager","-jar","/deployments/quarkus-run.jar"],
"Labels":{"org.opencontainers.image.title":"safeguarding-rules service","org.opencontainers.image.ref.name":"$image"}},
"rootfs":{"type":"layers","diff_ids":[$(printf '"%s"\n' "${diff_ids[@]}" | paste -sd,)]}}
JSON
)
layer_descriptors=$(for l in "${layers[@]}"; do
  printf '{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s}\n' "$l" "$(size "$l")"
done | paste -sd,)
manifest_digest=$(printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
  "$config" "$(size "$config")" "$layer_descriptors" | blob)
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"io.containerd.image.name":"%s","org.opencontainers.image.ref.name":"%s"}}]}' \
  "$manifest_digest" "$(size "$manifest_digest")" "$image" "${image##*:}" > "$work/oci/index.json"
printf '{"imageLayoutVersion":"1.0.0"}' > "$work/oci/oci-layout"
printf '[{"Config":"blobs/sha256/%s","RepoTags":["%s"],"Layers":[%s]}]' "$config" "$image" \
  "$(printf '"blobs/sha256/%s"\n' "${layers[@]}" | paste -sd,)" > "$work/oci/manifest.json"

tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/oci" -cf "$out" oci-layout index.json manifest.json blobs
echo "Image $image written to $out ($(du -h "$out" | cut -f1)); layers: root file system, Java runtime, libraries, service"
