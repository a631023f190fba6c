import { Alert, List } from '@mantine/core';
import { asProblem } from '../api/problem';

/** Shows an API problem's title and detail (and field errors); never a blank page. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = asProblem(error);
  return (
    <Alert color="red" variant="light" title={title ?? problem.title} role="alert" data-testid="problem">
      {title ? <strong>{problem.title}. </strong> : null}
      {problem.detail}
      {problem.errors?.length ? (
        <List size="sm" mt="xs">
          {problem.errors.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
