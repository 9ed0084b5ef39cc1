// Russian texts of the device's copy of server data: the outage banner, the outbox, the sync notes.
export const syncRu = {
  sync: {
    loading: 'Загружаем данные на устройство…',
    outage: 'Ведомственные системы недоступны — показаны данные на {when}',
    outageNever: 'Ведомственные системы недоступны — показаны данные, сохранённые на устройстве',
    outageHint: 'Всё, что вы отправите, уйдёт само, когда системы ответят.',
  },
};
