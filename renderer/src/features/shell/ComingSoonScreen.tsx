import type { ScreenInfo } from './screens';

export function ComingSoonScreen({ screen }: { screen: ScreenInfo }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{screen.title}</h1>
      <p className="coming-soon">Not built yet. {screen.comingSoon}</p>
    </section>
  );
}
