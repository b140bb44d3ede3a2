import React, {type ReactNode} from 'react';
import {groupFormats} from '@site/src/data/groupFormats';
import GroupFormatTableView from './GroupFormatTableView';

/** Every group format in the reports (src/data/groupFormats.ts), as a filterable, sortable table. */
export default function GroupFormatTable(): ReactNode {
  return <GroupFormatTableView formats={groupFormats} />;
}
