import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState
      title="This page does not exist"
      action={
        <Button component={Link} to="/">
          Go to your start page
        </Button>
      }
    >
      The address may be mistyped, or the item was removed.
    </EmptyState>
  );
}
