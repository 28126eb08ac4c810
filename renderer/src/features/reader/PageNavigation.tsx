import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Toolbar } from 'react-aria-components';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';

/** Previous page, "Page 2 of 5", next page. */
export function PageNavigation({ pageIndex, pageCount, onGoTo }: { pageIndex: number; pageCount: number; onGoTo: (pageIndex: number) => void }) {
  const t = useT();
  return (
    <Toolbar aria-label={t('reader.pageNavigation')} className="toolbar">
      <IconButton icon={ChevronLeft} label={t('reader.previousPage')} isDisabled={pageIndex === 0} onPress={() => onGoTo(pageIndex - 1)} />
      <span className="page-position">{t('reader.pageOfCount', { page: pageIndex + 1, count: pageCount })}</span>
      <IconButton icon={ChevronRight} label={t('reader.nextPage')} isDisabled={pageIndex + 1 >= pageCount} onPress={() => onGoTo(pageIndex + 1)} />
    </Toolbar>
  );
}
