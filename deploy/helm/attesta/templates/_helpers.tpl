{{/* Chart name, truncated to the 63 characters DNS labels allow. */}}
{{- define "attesta.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Fully qualified app name: release-chart unless the release name contains the chart name. */}}
{{- define "attesta.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "attesta.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels on every object. */}}
{{- define "attesta.labels" -}}
helm.sh/chart: {{ include "attesta.chart" . }}
{{ include "attesta.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: attesta
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "attesta.selectorLabels" -}}
app.kubernetes.io/name: {{ include "attesta.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Selector labels of one component: api | worker | migrate. Usage: include "attesta.componentSelectorLabels" (list . "api") */}}
{{- define "attesta.componentSelectorLabels" -}}
{{ include "attesta.selectorLabels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "attesta.componentLabels" -}}
{{ include "attesta.labels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "attesta.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "attesta.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "attesta.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* PUBLIC_BASE_URL: explicit, else the first ingress host, else empty (app default). */}}
{{- define "attesta.publicBaseUrl" -}}
{{- if .Values.config.publicBaseUrl -}}
{{- .Values.config.publicBaseUrl | trimSuffix "/" -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- $host := (first .Values.ingress.hosts).host -}}
{{- printf "%s://%s" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) $host -}}
{{- end -}}
{{- end -}}

{{/* One env entry from a Secret reference {existingSecret, key}. Usage: include "attesta.secretEnv" (list "NAME" $ref) */}}
{{- define "attesta.secretEnv" -}}
{{- $name := index . 0 -}}
{{- $ref := index . 1 -}}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "a Secret name is required for %s" $name) $ref.existingSecret | quote }}
      key: {{ required (printf "a Secret key is required for %s" $name) $ref.key | quote }}
{{- end -}}

{{/* Secret environment shared by api and worker (never DATABASE_MIGRATION_URL). */}}
{{- define "attesta.runtimeSecretEnv" -}}
{{ include "attesta.secretEnv" (list "DATABASE_URL" .Values.postgresql.appUrl) }}
{{ include "attesta.secretEnv" (list "REDIS_URL" .Values.redis.url) }}
{{ include "attesta.secretEnv" (list "JWT_SECRET" .Values.keys.jwtSecret) }}
{{ include "attesta.secretEnv" (list "SIGNING_KEY_ENCRYPTION_KEY" .Values.keys.signingKeyEncryptionKey) }}
{{- with .Values.storage.s3.credentials }}
{{- if .existingSecret }}
{{ include "attesta.secretEnv" (list "S3_ACCESS_KEY_ID" (dict "existingSecret" .existingSecret "key" .accessKeyIdKey)) }}
{{ include "attesta.secretEnv" (list "S3_SECRET_ACCESS_KEY" (dict "existingSecret" .existingSecret "key" .secretAccessKeyKey)) }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Volumes and mounts for DATA_DIR and /tmp (the root filesystem is read-only). */}}
{{- define "attesta.volumes" -}}
- name: data
{{- if .Values.dataVolume.existingClaim }}
  persistentVolumeClaim:
    claimName: {{ .Values.dataVolume.existingClaim }}
{{- else }}
  emptyDir:
    sizeLimit: {{ .Values.dataVolume.sizeLimit }}
{{- end }}
- name: tmp
  emptyDir:
    medium: Memory
    sizeLimit: {{ .Values.tmpVolume.sizeLimit }}
{{- end -}}

{{- define "attesta.volumeMounts" -}}
- name: data
  mountPath: {{ .Values.config.dataDir }}
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/* Default topology spread (soft) over nodes and zones for one component. */}}
{{- define "attesta.topologySpread" -}}
{{- $root := index . 0 -}}
{{- $component := index . 1 -}}
{{- $custom := index . 2 -}}
{{- if $custom -}}
{{ toYaml $custom }}
{{- else -}}
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "attesta.componentSelectorLabels" (list $root $component) | nindent 6 }}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "attesta.componentSelectorLabels" (list $root $component) | nindent 6 }}
{{- end -}}
{{- end -}}

{{/* NetworkPolicy egress every process needs: DNS, PostgreSQL. */}}
{{- define "attesta.netpol.baseEgress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
- ports:
    - port: {{ .Values.postgresql.port }}
      protocol: TCP
  {{- with .Values.networkPolicy.egressTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
{{/* NetworkPolicy egress of api and worker: Redis, S3, OTLP, extra rules. */}}
{{- define "attesta.netpol.runtimeEgress" -}}
- ports:
    - port: {{ .Values.redis.port }}
      protocol: TCP
    - port: {{ .Values.storage.s3.port }}
      protocol: TCP
    {{- if .Values.otel.exporterOtlpEndpoint }}
    - port: {{ .Values.networkPolicy.otlpPort }}
      protocol: TCP
    {{- end }}
  {{- with .Values.networkPolicy.egressTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- with .Values.networkPolicy.extraEgress }}
{{ toYaml . }}
{{- end }}
{{- end -}}
