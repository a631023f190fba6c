import { useT } from '../i18n';
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState
      title={t('common.notFound.title')}
      action={
        <Button component={Link} to="/">
          {t('common.notFound.action')}
        </Button>
      }
    >
      {t('common.notFound.body')}
    </EmptyState>
  );
}
