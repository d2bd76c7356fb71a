import { type MessageKey, useI18n } from './i18n';

/** A data table's head: one column header a message, in the order given. */
export function ColumnHeads({ keys }: { keys: readonly MessageKey[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {keys.map((key) => (
          <th key={key} scope="col">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
