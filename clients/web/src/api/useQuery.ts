import { useCallback, useEffect, useState } from "react";

/**
 * Loads data when `key` changes; `reload` runs it again. The last data stays shown while the next loads;
 * `loading` is true until the data of the current key (and round) has arrived.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): { data?: T; error?: string; loading: boolean; reload: () => void } {
  const [round, setRound] = useState(0);
  const current = `${round}:${key}`;
  const [state, setState] = useState<{ data?: T; error?: string; loaded?: string }>({});
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, loaded: current }),
      (error: unknown) => live && setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), loaded: current })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.loaded === current ? state.error : undefined, loading: state.loaded !== current, reload };
}
