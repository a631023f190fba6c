import { Button, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n';

/** An address no screen answers: a heading, what may have happened and the way back. */
export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('common.notFound.title')}
      </Title>
      <EmptyState
        title={t('common.notFound.body')}
        action={
          <Button component={Link} to="/">
            {t('common.notFound.action')}
          </Button>
        }
      />
    </>
  );
}
