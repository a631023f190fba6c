import { Global, Module } from '@nestjs/common';
import { WorkspaceOscalService } from './workspace-oscal.service.js';
import { WorkspacesService } from './workspaces.service.js';

@Global()
@Module({ providers: [WorkspacesService, WorkspaceOscalService], exports: [WorkspacesService, WorkspaceOscalService] })
export class WorkspacesModule {}
