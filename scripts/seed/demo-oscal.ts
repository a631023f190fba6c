import type { INestApplication } from '@nestjs/common';
import { CatalogService, OscalProfileService } from '@attesta/catalog';
import type { UserActor } from '@attesta/core';
import { OfferingsService } from '@attesta/offerings';
import { WorkspaceOscalService, WorkspacesService } from '@attesta/workspaces';

/**
 * OSCAL in the demo: the manufacturer imports a small OSCAL catalog of remote-operations
 * controls (parameters, lettered statement items, guidance, an assessment objective, links and
 * back-matter, all kept as imported), tailors it with a profile (two controls, a parameter set),
 * and states its organization-defined parameter values in a workspace on the catalog, where
 * the assessor reads the statements with the values inserted and exports the OSCAL documents.
 */
const CATALOG = {
  catalog: {
    uuid: '3a8e2f4c-6b1d-4e7a-9c5f-0d2b4a6e8c10',
    metadata: { title: 'Remote operations security baseline', 'last-modified': '2026-01-15T00:00:00Z', version: '1.0', 'oscal-version': '1.1.2' },
    groups: [
      {
        id: 'ro',
        class: 'family',
        title: 'Remote operations',
        controls: [
          {
            id: 'ro-1',
            class: 'baseline',
            title: 'Remote session logging',
            params: [
              { id: 'ro-01_odp.01', label: 'retention period', guidelines: [{ prose: 'the retention period for remote session logs is defined;' }] },
              { id: 'ro-01_odp.02', label: 'review frequency', select: { choice: ['weekly', 'monthly'] } },
            ],
            props: [{ name: 'label', value: 'RO-1' }],
            links: [{ href: '#9d3b1c5e-2f4a-4b6c-8d0e-1a3c5e7f9b20', rel: 'reference' }],
            parts: [
              {
                id: 'ro-1_smt',
                name: 'statement',
                parts: [
                  {
                    id: 'ro-1_smt.a',
                    name: 'item',
                    props: [{ name: 'label', value: 'a.' }],
                    prose: 'Log every remote maintenance session, keeping the logs for {{ insert: param, ro-01_odp.01 }};',
                  },
                  { id: 'ro-1_smt.b', name: 'item', props: [{ name: 'label', value: 'b.' }], prose: 'Review the logs {{ insert: param, ro-01_odp.02 }}.' },
                ],
              },
              { id: 'ro-1_gdn', name: 'guidance', prose: 'Session logs let the operator reconstruct what a vendor did on a machine.' },
              {
                id: 'ro-1_obj',
                name: 'assessment-objective',
                props: [{ name: 'label', value: 'RO-1' }],
                prose: 'remote maintenance sessions are logged and the logs are reviewed.',
              },
            ],
          },
          {
            id: 'ro-2',
            title: 'Remote access approval',
            props: [{ name: 'label', value: 'RO-2' }],
            parts: [{ id: 'ro-2_smt', name: 'statement', prose: 'Approve each remote access before the session starts.' }],
          },
          {
            id: 'ro-3',
            title: 'Vendor account review',
            props: [{ name: 'label', value: 'RO-3' }],
            parts: [{ id: 'ro-3_smt', name: 'statement', prose: 'Review vendor accounts every quarter.' }],
          },
        ],
      },
    ],
    'back-matter': {
      resources: [{ uuid: '9d3b1c5e-2f4a-4b6c-8d0e-1a3c5e7f9b20', title: 'IEC 62443-2-4', citation: { text: 'IEC 62443-2-4:2015' } }],
    },
  },
};

export async function seedDemoOscal(app: INestApplication, owners: { manufacturer: UserActor; assessor: UserActor }): Promise<void> {
  const { manufacturer, assessor } = owners;
  const imported = await app.get(CatalogService).importOscal(manufacturer, CATALOG, { code: 'remote-ops-baseline' });
  await app.get(OscalProfileService).importProfile(
    manufacturer,
    imported.framework.id,
    {
      profile: {
        uuid: '7c2e9a1b-4d6f-4a8c-b0e2-3f5a7c9e1b40',
        metadata: {
          title: 'Remote operations baseline, tailored for PredictCare',
          'last-modified': '2026-02-01T00:00:00Z',
          version: '1.0',
          'oscal-version': '1.1.2',
        },
        imports: [{ href: '#remote-ops-baseline', 'include-controls': [{ 'with-ids': ['ro-1', 'ro-2'] }] }],
        modify: { 'set-parameters': [{ 'param-id': 'ro-01_odp.02', values: ['weekly'] }] },
      },
    },
    { code: 'remote-ops-predictcare' },
  );
  const [offering] = (await app.get(OfferingsService).list(manufacturer, { limit: 1 })).data;
  if (!offering) return;
  const workspaces = app.get(WorkspacesService);
  const ws = await workspaces.create(manufacturer, {
    offeringId: offering.id,
    name: 'VMC-850 + PredictCare — remote operations (OSCAL)',
    frameworkIds: [imported.framework.id],
    targetMarkets: ['VN'],
  });
  await workspaces.inviteParticipant(manufacturer, ws.workspace.id, { organizationId: assessor.organizationId, role: 'assessor' });
  await workspaces.respond(assessor, ws.workspace.id, true);
  await app.get(WorkspaceOscalService).setParameterValues(manufacturer, ws.workspace.id, imported.framework.id, [
    { paramId: 'ro-01_odp.01', values: ['12 months'] },
    { paramId: 'ro-01_odp.02', values: ['weekly'] },
  ]);
}
