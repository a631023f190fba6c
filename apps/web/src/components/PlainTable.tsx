import type { ComponentPropsWithoutRef, CSSProperties } from 'react';
import classes from './PlainTable.module.css';

type Align = { ta?: 'left' | 'right' | 'center' };
type CellProps<T extends 'th' | 'td'> = ComponentPropsWithoutRef<T> & Align;

const aligned = <P extends { style?: CSSProperties } & Align>({ ta, style, ...rest }: P) => ({
  ...rest,
  style: ta ? { ...style, textAlign: ta } : style,
});

function Root({ className, ...props }: ComponentPropsWithoutRef<'table'>) {
  return <table {...props} className={className ? `${classes.table} ${className}` : classes.table} />;
}

/**
 * A table that looks like Mantine's `Table` (same parts: `PlainTable.Thead`, `.Tr`, `.Th` with
 * `ta`…) without it: Mantine's Table carries its scroll container and scroll area on every screen
 * that shows one. For the screens that load first; sideways scrolling comes from `TableScroll`.
 */
export const PlainTable = Object.assign(Root, {
  Thead: (props: ComponentPropsWithoutRef<'thead'>) => <thead {...props} />,
  Tbody: (props: ComponentPropsWithoutRef<'tbody'>) => <tbody {...props} />,
  Tr: (props: ComponentPropsWithoutRef<'tr'>) => <tr {...props} />,
  Th: (props: CellProps<'th'>) => <th {...aligned(props)} />,
  Td: (props: CellProps<'td'>) => <td {...aligned(props)} />,
});
