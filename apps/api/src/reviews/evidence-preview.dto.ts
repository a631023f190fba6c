import { ApiProperty } from '@nestjs/swagger';
import { PREVIEW_BINARY_BYTES, PREVIEW_TEXT_BYTES, type PreviewKind } from '@attesta/evidence';
import type { PreviewPlan } from '@attesta/reviews';

const KINDS: PreviewKind[] = ['pdf', 'image', 'text', 'markdown', 'csv'];

export class EvidencePreviewLinkDto {
  @ApiProperty({
    description:
      'Where the preview is, for an <iframe> (PDF), an <img> or a plain fetch: no credentials needed, works until `expiresAt`, only for this version',
    example: '/v1/evidence-preview?ticket=eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2VJZCI6Ii4uLiJ9.c2lnbmF0dXJl',
  })
  url: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T08:02:00.000Z' }) expiresAt: string;
  @ApiProperty({
    enum: KINDS,
    example: 'pdf',
    description: 'How the portal shows it: the browser’s PDF viewer, an image, text, Markdown as text, CSV as a table',
  })
  kind: PreviewKind;
  @ApiProperty({ example: 'application/pdf', description: 'The stored media type of the version' }) mediaType: string;
  @ApiProperty({ example: 'machine-test-report.pdf' }) filename: string;
  @ApiProperty({ example: 482113, description: 'The whole file, in bytes' }) size: number;
  @ApiProperty({
    example: false,
    description: `true when only the first ${PREVIEW_TEXT_BYTES} bytes are shown (text, Markdown and CSV; PDFs and images up to ${PREVIEW_BINARY_BYTES} bytes are shown whole)`,
  })
  truncated: boolean;

  static from(plan: PreviewPlan, url: string, expiresAt: Date): EvidencePreviewLinkDto {
    return {
      url,
      expiresAt: expiresAt.toISOString(),
      kind: plan.kind,
      mediaType: plan.version.mediaType,
      filename: plan.version.filename,
      size: plan.version.size,
      truncated: plan.truncated,
    };
  }
}
