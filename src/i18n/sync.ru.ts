// Russian texts of the device's copy of server data: the outage banner, the outbox, the sync notes.
export const syncRu = {
  sync: {
    notOnDevice: 'Этого заявления нет на устройстве. Оно появится, когда ведомственные системы ответят.',
    loading: 'Загружаем данные на устройство…',
  },
};
